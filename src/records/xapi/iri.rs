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

/// The attempt ended without reaching an ending (the trainee stopped).
pub const VERB_TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";
/// A kiosk session started.
pub const VERB_INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
/// A half-played run was thrown away (a kiosk visitor walked off): reports
/// read from the LRS leave it out, as the local records do.
pub const VERB_ABANDONED: &str = "https://w3id.org/xapi/adl/verbs/abandoned";

/// The activity type of a public (kiosk) session.
pub fn type_public_session() -> String {
    format!("{BASE}/activity-type/public-session")
}

/// The activity a kiosk session statement is about.
pub fn public_session() -> String {
    format!("{BASE}/public-session")
}

/// Extension names (see [`extension`]) that reports read back from the LRS.
pub mod ext {
    /// The session id (a UUID; random per kiosk session).
    pub const SESSION: &str = "session";
    /// "trainee" or "public".
    pub const MODE: &str = "mode";
    /// "Scam" or "Genuine".
    pub const PACK_KIND: &str = "pack-kind";
    /// `true` for a session without a trainee id.
    pub const ANONYMOUS: &str = "anonymous";
    /// The whole scenario score (`scoring::ScenarioScore` as JSON).
    pub const SCENARIO_SCORE: &str = "scenario-score";
    /// The red flags shown: `[{id, label, spotted}]`.
    pub const RED_FLAGS: &str = "red-flags";
    /// Curriculum results: sensitivity d′ and bias c.
    pub const D_PRIME: &str = "d-prime";
    pub const BIAS_C: &str = "bias-c";
    pub const CRITICAL_FAILURES: &str = "critical-failures";
    pub const SCENARIOS: &str = "scenarios";
}

/// Undo [`segment`]: percent-decoding; `None` if the text is not valid
/// percent-encoded UTF-8.
pub fn unsegment(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn unsegment_undoes_segment() {
        for s in ["popup-locker", "a b/c?d", "קורס", "x%y"] {
            assert_eq!(super::unsegment(&super::segment(s)).as_deref(), Some(s));
        }
        assert_eq!(super::unsegment("%zz"), None);
    }
}
