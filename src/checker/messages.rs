//! Checks on a pack's messages: every id the structure uses exists in every
//! declared locale, no unused messages, no undefined variables.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::Entry;

use super::fluent_refs::{message_references, variable_references};
use super::graph::step_offset;
use crate::diagnostic::{Diagnostic, find_quoted};
use crate::pack::Pack;

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
        for f in files {
            for e in f.resource.entries() {
                if let Entry::Message(m) = e {
                    let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                    for p in patterns {
                        referenced.extend(message_references(p));
                        for var in variable_references(p) {
                            if !s.variables.contains_key(var)
                                && !crate::locale::is_builtin_variable(var)
                            {
                                let off = f.offset_of(m.id.name).unwrap_or(0);
                                let declared = s
                                    .variables
                                    .keys()
                                    .map(String::as_str)
                                    .collect::<Vec<_>>()
                                    .join(", ");
                                out.push(
                                    Diagnostic::error("undefined-variable", &f.path, format!("message \"{}\" uses ${var}, which the pack does not declare", m.id.name))
                                        .with_hint(if declared.is_empty() { format!("declare \"{var}\" under `variables` in scenario.ron") } else { format!("declared variables are: {declared}; or declare \"{var}\" under `variables`") })
                                        .at_span(&f.source, off, m.id.name.len()),
                                );
                            }
                        }
                    }
                    for r in message_references(
                        m.value
                            .as_ref()
                            .unwrap_or(&fluent_syntax::ast::Pattern { elements: vec![] }),
                    ) {
                        if !defined.contains(r) {
                            let off = f.offset_of(m.id.name).unwrap_or(0);
                            out.push(Diagnostic::error("missing-message", &f.path, format!("message \"{}\" refers to \"{r}\", which is not defined in {tag}", m.id.name)).with_hint(format!("define `{r} = ...` in this file")).at_span(&f.source, off, m.id.name.len()));
                        }
                    }
                }
            }
        }
        for f in files {
            for id in f.message_ids() {
                if !used.contains(id) && !referenced.contains(id) {
                    let off = f.offset_of(id).unwrap_or(0);
                    out.push(
                        Diagnostic::warning(
                            "unused-message",
                            &f.path,
                            format!("message \"{id}\" is not used by the scenario"),
                        )
                        .with_hint("delete it, or check the id used in scenario.ron for a typo")
                        .at_span(&f.source, off, id.len()),
                    );
                }
            }
        }
    }
    out
}
