//! Localization: locale facts, Fluent catalogs, negotiation, formatting, bidi.

pub mod bidi;
mod catalog;
pub mod format;
mod info;
mod negotiate;
mod ui;

pub use catalog::{Catalog, Formatted, FtlFile, Messages};
pub use info::{Currency, Direction, LocaleInfo, NumberFormat, PhonePatterns};
pub use negotiate::{DEFAULT_LOCALE, fallback_chain};
pub use ui::UiLocales;
