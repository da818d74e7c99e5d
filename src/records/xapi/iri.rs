//! The IRIs statements use: ADL verbs and activity types, and ScamDrill's own
//! activity and extension IRIs under [`BASE`].

/// ScamDrill's namespace for activities and extensions.
pub const BASE: &str = "https://scamdrill.example.org/xapi";

pub const VERB_ATTEMPTED: &str = "http://adlnet.gov/expapi/verbs/attempted";
pub const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
pub const VERB_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
pub const VERB_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";

pub const TYPE_SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
pub const TYPE_INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
pub const TYPE_COURSE: &str = "http://adlnet.gov/expapi/activities/course";

/// Percent-encode a path segment (everything but RFC 3986 unreserved characters).
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.is_empty() { "_".to_owned() } else { out }
}

pub fn scenario(pack_id: &str) -> String {
    format!("{BASE}/scenario/{}", segment(pack_id))
}

pub fn decision(pack_id: &str, step: &str) -> String {
    format!("{}/decision/{}", scenario(pack_id), segment(step))
}

pub fn curriculum(name: &str) -> String {
    format!("{BASE}/curriculum/{}", segment(name))
}

/// An extension key, e.g. `extension("seed")`.
pub fn extension(name: &str) -> String {
    format!("{BASE}/extension/{}", segment(name))
}
