//! The UI's own locales: `locales/<tag>/locale.ron` and `locales/<tag>/*.ftl`.

use std::collections::BTreeMap;
use std::path::Path;

use super::rates::{RATES_FILE, Rates};
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
    /// Conversion rates from `locales/currency-rates.ron`.
    pub rates: Option<Rates>,
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
        let rates_path = dir.join(RATES_FILE);
        if rates_path.is_file() {
            match Rates::load(&rates_path) {
                Ok(r) => out.rates = Some(r),
                Err(d) => diags.extend(d),
            }
        } else {
            diags.push(
                Diagnostic::error("currency-rate", &rates_path, "the currency rates file is missing")
                    .with_hint("restore locales/currency-rates.ron: amounts in packs are converted with its rates"),
            );
        }
        let regions_path = dir.join("regions.ron");
        if regions_path.is_file() {
            match read_ron::<Vec<RegionInfo>>(&regions_path) {
                Ok((list, text)) => {
                    for mut r in list {
                        if let Some(d) =
                            apply_rate(&mut r.currency, out.rates.as_ref(), &regions_path, &text)
                        {
                            diags.push(d);
                        }
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
                Ok((mut info, text)) => {
                    if let Some(d) =
                        apply_rate(&mut info.currency, out.rates.as_ref(), &info_path, &text)
                    {
                        diags.push(d);
                    }
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
                match crate::ron_file::read_text(&path, crate::ron_file::MAX_TEXT_BYTES) {
                    Ok(src) => {
                        let (file, d) = FtlFile::parse(&path, src);
                        diags.extend(d);
                        out.catalog.add(&tag, file);
                    }
                    Err(d) => diags.push(d),
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

/// Set a currency's conversion rate from the rates file; a currency the file
/// lacks keeps a rate of 1 and gives an error naming it.
fn apply_rate(
    currency: &mut super::Currency,
    rates: Option<&Rates>,
    path: &Path,
    text: &str,
) -> Option<Diagnostic> {
    match rates.and_then(|r| r.get(&currency.code)) {
        Some(rate) => {
            currency.scale = rate.per_base;
            currency.rate_as_of = Some(rate.as_of.clone());
            None
        }
        None => {
            currency.scale = 1.0;
            currency.rate_as_of = None;
            rates?;
            let off = text.find(&format!("\"{}\"", currency.code)).unwrap_or(0);
            Some(
                Diagnostic::error(
                    "currency-rate",
                    path,
                    format!("currency {} has no rate in {RATES_FILE}", currency.code),
                )
                .with_hint(format!(
                    "add \"{}\": (per_base: …, as_of: \"YYYY-MM-DD\", source: \"…\") to locales/{RATES_FILE}",
                    currency.code
                ))
                .at_span(text, off, currency.code.len() + 2),
            )
        }
    }
}
