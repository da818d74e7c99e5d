//! The UI's own locales: `locales/<tag>/locale.ron` and `locales/<tag>/*.ftl`.

use std::collections::BTreeMap;
use std::path::Path;

use super::{Catalog, FtlFile, LocaleInfo, Messages, RegionInfo, fallback_chain, region_of};
use crate::diagnostic::Diagnostic;
use crate::ron_file::read_ron;

/// Every locale the application ships, with its facts and UI messages.
#[derive(Debug, Clone, Default)]
pub struct UiLocales {
    /// Each locale's facts, in its default region.
    pub infos: BTreeMap<String, LocaleInfo>,
    pub catalog: Catalog,
    /// Regions from `locales/regions.ron`, by code.
    pub regions: BTreeMap<String, RegionInfo>,
    /// Each locale in each other region, keyed `(locale tag, region code)`.
    regional: BTreeMap<(String, String), LocaleInfo>,
}

impl UiLocales {
    /// Load every locale folder under `dir`. Problems become diagnostics; a
    /// locale without a readable `locale.ron` is skipped.
    pub fn load(dir: &Path) -> (UiLocales, Vec<Diagnostic>) {
        let mut out = UiLocales::default();
        let mut diags = Vec::new();
        let mut entries: Vec<_> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect(),
            Err(e) => {
                diags.push(
                    Diagnostic::error("io", dir, format!("cannot read the locales folder: {e}"))
                        .with_hint("run from the project folder or set SCAMDRILL_ROOT to it"),
                );
                return (out, diags);
            }
        };
        entries.sort();
        let regions_path = dir.join("regions.ron");
        if regions_path.is_file() {
            match read_ron::<Vec<RegionInfo>>(&regions_path) {
                Ok((list, _)) => {
                    for r in list {
                        out.regions.insert(r.code.clone(), r);
                    }
                }
                Err(d) => diags.push(d),
            }
        }
        for locale_dir in entries {
            let tag = locale_dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let info_path = locale_dir.join("locale.ron");
            match read_ron::<LocaleInfo>(&info_path) {
                Ok((info, text)) => {
                    if info.tag != tag {
                        let off = text.find(&info.tag).unwrap_or(0);
                        diags.push(
                            Diagnostic::error(
                                "locale-tag",
                                &info_path,
                                format!(
                                    "tag \"{}\" does not match the folder name \"{tag}\"",
                                    info.tag
                                ),
                            )
                            .with_hint(format!("write tag: \"{tag}\" or rename the folder"))
                            .at_span(&text, off, info.tag.len()),
                        );
                        continue;
                    }
                    let info = match out.regions.get(&info.region) {
                        Some(r) => info.in_region(r),
                        None => info,
                    };
                    for r in out.regions.values() {
                        if r.code != info.region {
                            out.regional
                                .insert((tag.clone(), r.code.clone()), info.in_region(r));
                        }
                    }
                    out.infos.insert(tag.clone(), info);
                }
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            }
            let mut ftls: Vec<_> = std::fs::read_dir(&locale_dir)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            ftls.sort();
            for path in ftls {
                match std::fs::read_to_string(&path) {
                    Ok(src) => {
                        let (file, d) = FtlFile::parse(&path, src);
                        diags.extend(d);
                        out.catalog.add(&tag, file);
                    }
                    Err(e) => diags.push(Diagnostic::error(
                        "io",
                        &path,
                        format!("cannot read file: {e}"),
                    )),
                }
            }
        }
        (out, diags)
    }

    pub fn tags(&self) -> Vec<String> {
        self.infos.keys().cloned().collect()
    }

    /// Fallback chain for a requested tag among the shipped locales.
    pub fn chain(&self, requested: &str) -> Vec<String> {
        fallback_chain(requested, &self.tags())
    }

    /// Facts of the best match for `requested`; a region subtag that names
    /// another known region gives the language in that region (`ar-EG`:
    /// Arabic with Egyptian pounds and Egypt's numbers).
    pub fn info(&self, requested: &str) -> Option<&LocaleInfo> {
        let base = self
            .chain(requested)
            .iter()
            .find_map(|t| self.infos.get(t))?;
        match region_of(requested) {
            Some(r) if r != base.region => self.regional.get(&(base.tag.clone(), r)).or(Some(base)),
            _ => Some(base),
        }
    }

    /// Known region codes.
    pub fn region_codes(&self) -> Vec<String> {
        self.regions.keys().cloned().collect()
    }

    pub fn messages(&self, requested: &str) -> Messages {
        self.catalog.bundles(&self.chain(requested))
    }
}
