//! The filters of one `GET <endpoint>/statements` (xAPI 1.0.3, section
//! 2.1.3 of the communication part), as a query string.

use crate::records::xapi::iri::segment;

/// Which statements to ask for. Every filter is optional; `limit` is the
/// page size asked for (the LRS may send fewer per page).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatementQuery {
    pub verb: Option<String>,
    pub activity: Option<String>,
    /// Match `activity` in the context activities too (parent, grouping).
    pub related_activities: bool,
    pub registration: Option<String>,
    /// An Agent as JSON (`{"objectType":"Agent","account":{...}}`).
    pub agent: Option<String>,
    /// ISO 8601 times; the LRS returns statements after `since` and up to `until`.
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: u32,
}

impl StatementQuery {
    pub fn verb(verb: &str, limit: u32) -> StatementQuery {
        StatementQuery {
            verb: Some(verb.to_owned()),
            limit,
            ..Default::default()
        }
    }

    /// `verb=...&activity=...` (percent-encoded), in a fixed order.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let mut put = |k: &'static str, v: &Option<String>| {
            if let Some(v) = v {
                pairs.push((k, v.clone()));
            }
        };
        put("verb", &self.verb);
        put("activity", &self.activity);
        put("registration", &self.registration);
        put("agent", &self.agent);
        put("since", &self.since);
        put("until", &self.until);
        if self.activity.is_some() && self.related_activities {
            pairs.push(("related_activities", "true".into()));
        }
        if self.limit > 0 {
            pairs.push(("limit", self.limit.to_string()));
        }
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", segment(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::StatementQuery;

    #[test]
    fn encodes_every_filter() {
        let q = StatementQuery {
            verb: Some("http://adlnet.gov/expapi/verbs/completed".into()),
            activity: Some("https://x.org/c/a b".into()),
            related_activities: true,
            registration: Some("9b2e4f1a-7c3d-4a5b-8e6f-0a1b2c3d4e5f".into()),
            agent: Some("{\"a\":1}".into()),
            since: Some("2026-11-24T00:00:00.000Z".into()),
            until: Some("2026-11-26T00:00:00.000Z".into()),
            limit: 50,
        };
        assert_eq!(
            q.to_query(),
            "verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fcompleted&activity=https%3A%2F%2Fx.org%2Fc%2Fa%20b\
             &registration=9b2e4f1a-7c3d-4a5b-8e6f-0a1b2c3d4e5f&agent=%7B%22a%22%3A1%7D\
             &since=2026-11-24T00%3A00%3A00.000Z&until=2026-11-26T00%3A00%3A00.000Z&related_activities=true&limit=50"
        );
        assert_eq!(StatementQuery::default().to_query(), "");
    }
}
