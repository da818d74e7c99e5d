//! Localization: locale facts, Fluent catalogs, negotiation, formatting, bidi.

mod address;
pub mod bidi;
mod catalog;
pub mod clock;
pub mod format;
mod info;
mod negotiate;
pub mod rates;
mod region;
mod ui;

pub use address::{ADDRESS_VARIABLE, Address};
pub use catalog::{Catalog, Formatted, FtlFile, Messages};
pub use info::{Currency, Direction, LocaleInfo, NumberFormat, PhonePatterns};
pub use negotiate::{DEFAULT_LOCALE, fallback_chain};
pub use rates::{Rate, Rates};
pub use region::{
    BUILTIN_VARIABLES, CallerId, RegionInfo, is_builtin_variable, region_of, with_region,
};
pub use ui::UiLocales;
