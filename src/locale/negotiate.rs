//! Locale negotiation: the requested locale, then its relatives, then en-US.

use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};

/// The locale every message must exist in.
pub const DEFAULT_LOCALE: &str = "en-US";

/// Fallback chain for `requested` among `available`, most preferred first,
/// always ending in en-US when it is available (he-IL → he → en-US).
pub fn fallback_chain(requested: &str, available: &[String]) -> Vec<String> {
    let req: Vec<LanguageIdentifier> = requested.parse().into_iter().collect();
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|t| t.parse().ok()).collect();
    let default: LanguageIdentifier = DEFAULT_LOCALE.parse().expect("static tag parses");
    let chosen = negotiate_languages(&req, &avail, Some(&default), NegotiationStrategy::Filtering);
    let mut chain: Vec<String> = chosen.into_iter().map(|l| l.to_string()).collect();
    // Put an exact match first, then a bare language ("he") before siblings.
    if let Some(i) = chain.iter().position(|t| t == requested) {
        let t = chain.remove(i);
        chain.insert(0, t);
    }
    chain.dedup();
    chain
}
