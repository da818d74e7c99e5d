//! Checks on a pack's messages: every id the structure uses exists in every
//! declared locale, no unused messages, no message defined twice, no
//! undefined variables or messages, no unused variables.
//!
//! Linear in the size of the files: definitions are located in one pass per
//! file and diagnostics are placed with a [`LineIndex`].

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use fluent_syntax::ast::{Entry, Pattern};

use super::fluent_refs::{message_references, variable_references};
use super::graph::step_offset;
use crate::diagnostic::{Diagnostic, LineIndex, find_field, find_key, find_quoted};
use crate::locale::FtlFile;
use crate::pack::Pack;

/// Where each message is defined in an FTL source, in order: an id at the
/// start of a line followed by `=`. One pass over the text.
fn definitions(source: &str) -> HashMap<&str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut pos = 0;
    for line in source.split_inclusive('\n') {
        let bytes = line.as_bytes();
        if bytes.first().is_some_and(u8::is_ascii_alphabetic) {
            let end = bytes
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'))
                .unwrap_or(bytes.len());
            if line[end..].trim_start().starts_with('=') {
                out.entry(&line[..end]).or_default().push(pos);
            }
        }
        pos += line.len();
    }
    out
}

/// One FTL file with its definition offsets and line index.
struct Located<'a> {
    file: &'a FtlFile,
    defs: HashMap<&'a str, Vec<usize>>,
    index: LineIndex,
}

impl<'a> Located<'a> {
    fn new(file: &'a FtlFile) -> Self {
        Located {
            file,
            defs: definitions(&file.source),
            index: LineIndex::new(&file.source),
        }
    }

    /// The `nth` definition of `id` (0: the first).
    fn offset(&self, id: &str, nth: usize) -> usize {
        self.defs
            .get(id)
            .and_then(|v| v.get(nth).or(v.first()))
            .copied()
            .unwrap_or(0)
    }

    fn at(&self, d: Diagnostic, id: &str, nth: usize) -> Diagnostic {
        d.at_indexed(
            &self.index,
            &self.file.source,
            self.offset(id, nth),
            id.len(),
        )
    }
}

fn patterns<'s, 'm>(
    m: &'m fluent_syntax::ast::Message<&'s str>,
) -> impl Iterator<Item = &'m Pattern<&'s str>> {
    m.value.iter().chain(m.attributes.iter().map(|a| &a.value))
}

pub fn check(pack: &Pack, ui_tags: &[String]) -> Vec<Diagnostic> {
    let s = &pack.scenario;
    let mut out = Vec::new();
    let uses = s.message_uses();
    let used: BTreeSet<&str> = uses.iter().map(|(_, id)| *id).collect();
    // First place each id is used, for pointing at it.
    let mut first_use: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for (step, id) in &uses {
        first_use.entry(id).or_insert(*step);
    }
    // Variables used by a message in any locale (for unused-variable).
    let mut vars_in_text: HashSet<&str> = HashSet::new();
    let declared = || {
        s.variables
            .keys()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    };

    for tag in &s.locales {
        if !ui_tags.is_empty() && !ui_tags.contains(tag) {
            let off = find_quoted(&pack.ron_source, tag, 0).unwrap_or(0);
            out.push(
                Diagnostic::warning("unknown-locale", &pack.ron_path, format!("locale \"{tag}\" is not one of the application's locales ({})", ui_tags.join(", ")))
                    .with_hint("the pack's text will show, but the buttons and menus around it will fall back to en-US")
                    .at_span(&pack.ron_source, off, tag.len() + 2),
            );
        }
        let Some(files) = pack.catalog.files.get(tag) else {
            continue;
        };
        let located: Vec<Located<'_>> = files.iter().map(Located::new).collect();
        let file_path = files
            .first()
            .map(|f| f.path.clone())
            .unwrap_or_else(|| pack.dir.join("locales").join(format!("{tag}.ftl")));
        let defined: BTreeSet<&str> = files.iter().flat_map(|f| f.message_ids()).collect();
        let missing: Vec<&str> = used
            .iter()
            .copied()
            .filter(|id| !defined.contains(id))
            .collect();
        if !missing.is_empty() {
            let first = missing[0];
            let (off, len) = match first_use.get(first).copied().flatten() {
                Some(step) => {
                    let so = step_offset(pack, step);
                    (
                        find_quoted(&pack.ron_source, first, so).unwrap_or(so),
                        first.len() + 2,
                    )
                }
                None => (
                    find_quoted(&pack.ron_source, first, 0).unwrap_or(0),
                    first.len() + 2,
                ),
            };
            let mut d = Diagnostic::error(
                "missing-message",
                &file_path,
                format!(
                    "{} message(s) missing in {tag}: {}",
                    missing.len(),
                    missing.join(", ")
                ),
            )
            .with_hint(format!(
                "add `{first} = ...` (and the others) to {}",
                file_path.display()
            ));
            // Point at the first use in the structure file.
            d.span = None;
            let at_use = Diagnostic {
                file: pack.ron_path.clone(),
                ..d.clone()
            }
            .at_span(&pack.ron_source, off, len);
            d.message
                .push_str(&format!(" (first used at {})", at_use.location()));
            out.push(d);
        }

        // Message references inside the Fluent files count as uses.
        let mut referenced: BTreeSet<&str> = BTreeSet::new();
        // How often each id has been defined so far in this locale.
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for lf in &located {
            let f = lf.file;
            let mut nth_here: HashMap<&str, usize> = HashMap::new();
            for e in f.resource.entries() {
                let Entry::Message(m) = e else { continue };
                let id = m.id.name;
                let nth = {
                    let n = nth_here.entry(id).or_default();
                    *n += 1;
                    *n - 1
                };
                let before = seen.entry(id).or_default();
                *before += 1;
                if *before > 1 {
                    out.push(
                        lf.at(
                            Diagnostic::error(
                                "duplicate-message",
                                &f.path,
                                format!("message \"{id}\" is defined more than once in {tag}"),
                            )
                            .with_hint(
                                "keep one definition: only the first is shown, the others are ignored",
                            ),
                            id,
                            nth,
                        ),
                    );
                }
                for p in patterns(m) {
                    referenced.extend(message_references(p));
                    for var in variable_references(p) {
                        vars_in_text.insert(var);
                        if !s.variables.contains_key(var)
                            && !crate::locale::is_builtin_variable(var)
                        {
                            let list = declared();
                            out.push(lf.at(
                                Diagnostic::error("undefined-variable", &f.path, format!("message \"{id}\" uses ${var}, which the pack does not declare"))
                                    .with_hint(if list.is_empty() { format!("declare \"{var}\" under `variables` in scenario.ron") } else { format!("declared variables are: {list}; or declare \"{var}\" under `variables`") }),
                                id,
                                nth,
                            ));
                        }
                    }
                    for r in message_references(p) {
                        if defined.contains(r) {
                            continue;
                        }
                        let hint = if s.variables.contains_key(r) {
                            format!(
                                "to show the pack variable write {{ ${r} }} (with the $); to show the braces as text write {{\"{{\"}}{r}{{\"}}\"}}"
                            )
                        } else {
                            format!(
                                "braces start a placeable in Fluent: to show \"{{{r}}}\" as text write {{\"{{\"}}{r}{{\"}}\"}}; to insert another message, define `{r} = ...` in {tag}"
                            )
                        };
                        out.push(lf.at(
                            Diagnostic::error(
                                "missing-message",
                                &f.path,
                                format!("message \"{id}\" refers to \"{r}\", which is not defined in {tag}"),
                            )
                            .with_hint(hint),
                            id,
                            nth,
                        ));
                    }
                }
            }
        }
        for lf in &located {
            let mut reported: HashSet<&str> = HashSet::new();
            for id in lf.file.message_ids() {
                if !used.contains(id) && !referenced.contains(id) && reported.insert(id) {
                    out.push(
                        lf.at(
                            Diagnostic::warning(
                                "unused-message",
                                &lf.file.path,
                                format!("message \"{id}\" is not used by the scenario"),
                            )
                            .with_hint(
                                "delete it, or check the id used in scenario.ron for a typo",
                            ),
                            id,
                            0,
                        ),
                    );
                }
            }
        }
    }

    // Variables neither the structure (scenes, conditions, effects, losses),
    // nor a derived amount, nor any message of any locale uses.
    let mut in_scenes = s.structure_variables();
    in_scenes.extend(s.variables.values().flat_map(|v| v.sources()));
    in_scenes.extend(s.caller_variables());
    let vars_at = find_field(&pack.ron_source, "variables", 0).unwrap_or(0);
    for (name, var) in &s.variables {
        // Run state is read by conditions and endings too: the graph check
        // reports state that nothing reads (`state-never-read`).
        if var.is_state()
            || in_scenes.contains(name.as_str())
            || vars_in_text.contains(name.as_str())
        {
            continue;
        }
        // Messages of undeclared locales are not in vars_in_text; count them too.
        let in_other = pack.catalog.files.iter().any(|(tag, fs)| {
            !s.locales.contains(tag)
                && fs.iter().any(|f| {
                    f.resource.entries().any(|e| match e {
                        Entry::Message(m) => {
                            patterns(m).any(|p| variable_references(p).contains(&name.as_str()))
                        }
                        _ => false,
                    })
                })
        });
        if in_other {
            continue;
        }
        let off = find_key(&pack.ron_source, name, vars_at).unwrap_or(vars_at);
        out.push(
            Diagnostic::warning(
                "unused-variable",
                &pack.ron_path,
                format!("variable \"{name}\" is declared but no scene or message uses it"),
            )
            .with_hint(format!(
                "use it in a message as {{ ${name} }}, or delete it from `variables`"
            ))
            .at_span(&pack.ron_source, off, name.len() + 2),
        );
    }
    out
}
