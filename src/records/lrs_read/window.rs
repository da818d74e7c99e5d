//! The time window of a read. `since` and `until` are the xAPI filters;
//! the standard reads them as the time the LRS *stored* a statement (some
//! LRSs, Ralph among them, use the statement's own timestamp). A statement
//! is stored after it happened, but a machine that was offline syncs later,
//! so `since` is the first moment wanted less a day for clocks that are
//! off, `until` is when the report started (later statements wait for the
//! next report), and the exact period is applied to each statement's own
//! timestamp.

use time::Duration;

use super::query::StatementQuery;
use crate::records::clock;

/// Slack for computer clocks that are wrong.
const CLOCK_SLACK: Duration = Duration::days(1);

pub(super) struct Window {
    since: Option<String>,
    until: String,
}

impl Window {
    /// From `first` (a stored time; empty for "from the beginning") to `until`.
    pub fn new(first: &str, until: &str) -> Window {
        let since = clock::parse_iso(first).map(|t| clock::iso(t - CLOCK_SLACK));
        Window {
            since,
            until: until.to_owned(),
        }
    }

    pub fn query(&self, verb: &str, limit: u32) -> StatementQuery {
        StatementQuery {
            since: self.since.clone(),
            until: Some(self.until.clone()),
            ..StatementQuery::verb(verb, limit)
        }
    }
}
