//! A loaded scenario pack: the folder, its parsed `scenario.ron` and its
//! Fluent messages (`locales/<tag>.ftl`).

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::locale::{Catalog, FtlFile};
use crate::model::Scenario;
use crate::ron_file::parse_ron;

/// The structure file of every pack.
pub const SCENARIO_FILE: &str = "scenario.ron";

#[derive(Debug, Clone)]
pub struct Pack {
    pub dir: PathBuf,
    pub ron_path: PathBuf,
    pub ron_source: String,
    pub scenario: Scenario,
    pub catalog: Catalog,
}

impl Pack {
    pub fn id(&self) -> &str {
        &self.scenario.id
    }

    /// Parse a pack from text already in memory (used by the loader and by
    /// fuzzing). `ftl` holds (locale tag, path, text) triples.
    pub fn from_sources(
        dir: &Path,
        ron_text: String,
        ftl: Vec<(String, PathBuf, String)>,
    ) -> (Option<Pack>, Vec<Diagnostic>) {
        let ron_path = dir.join(SCENARIO_FILE);
        let mut diags = Vec::new();
        let scenario: Scenario = match parse_ron(&ron_path, &ron_text) {
            Ok(s) => s,
            Err(d) => return (None, vec![d]),
        };
        let mut catalog = Catalog::default();
        for (tag, path, text) in ftl {
            let (file, d) = FtlFile::parse(&path, text);
            diags.extend(d);
            catalog.add(&tag, file);
        }
        for tag in &scenario.locales {
            if !catalog.files.contains_key(tag) {
                let off = crate::diagnostic::find_quoted(&ron_text, tag, 0).unwrap_or(0);
                diags.push(
                    Diagnostic::error(
                        "missing-locale-file",
                        &ron_path,
                        format!(
                            "locale \"{tag}\" is declared but locales/{tag}.ftl does not exist"
                        ),
                    )
                    .with_hint(format!(
                        "create {}/locales/{tag}.ftl or remove \"{tag}\" from `locales`",
                        dir.display()
                    ))
                    .at_span(&ron_text, off, tag.len() + 2),
                );
            }
        }
        for tag in catalog.files.keys() {
            if !scenario.locales.contains(tag) {
                let path = dir.join("locales").join(format!("{tag}.ftl"));
                diags.push(
                    Diagnostic::warning(
                        "undeclared-locale",
                        &path,
                        format!(
                            "locales/{tag}.ftl is not listed in `locales` and will not be offered"
                        ),
                    )
                    .with_hint(format!("add \"{tag}\" to `locales` in {SCENARIO_FILE}")),
                );
            }
        }
        let pack = Pack {
            dir: dir.to_owned(),
            ron_path,
            ron_source: ron_text,
            scenario,
            catalog,
        };
        (Some(pack), diags)
    }

    /// Read a pack folder from disk.
    pub fn load(dir: &Path) -> (Option<Pack>, Vec<Diagnostic>) {
        let ron_path = dir.join(SCENARIO_FILE);
        let ron_text = match std::fs::read_to_string(&ron_path) {
            Ok(t) => t,
            Err(e) => {
                return (
                    None,
                    vec![
                        Diagnostic::error(
                            "io",
                            &ron_path,
                            format!("cannot read the pack's structure file: {e}"),
                        )
                        .with_hint("every pack folder needs a scenario.ron; see docs/AUTHORING.md"),
                    ],
                );
            }
        };
        let mut ftl = Vec::new();
        let mut diags = Vec::new();
        let loc_dir = dir.join("locales");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&loc_dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        for path in paths {
            let tag = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            match std::fs::read_to_string(&path) {
                Ok(text) => ftl.push((tag, path, text)),
                Err(e) => diags.push(
                    Diagnostic::error("io", &path, format!("cannot read file: {e}"))
                        .with_hint("save the file as UTF-8 text"),
                ),
            }
        }
        let (pack, more) = Pack::from_sources(dir, ron_text, ftl);
        diags.extend(more);
        (pack, diags)
    }
}
