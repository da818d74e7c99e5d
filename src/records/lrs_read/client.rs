//! Reading statements from the LRS page by page: `GET <endpoint>/statements`
//! with the version header and the read key, then each `more` link until
//! there is none. A page is parsed, handed over statement by statement and
//! dropped before the next is fetched, so memory holds one page at most.

use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use super::error::{ReadError, snippet};
use super::query::StatementQuery;
use crate::config::{LrsSettings, Secret};
use crate::records::lrs::base64;
use crate::records::xapi::XAPI_VERSION;

/// Statements asked for per page unless told otherwise.
pub const PAGE_SIZE: u32 = 500;
/// Largest page body read (a page of 500 statements is about 1.5 MB).
const PAGE_LIMIT: u64 = 256 * 1024 * 1024;
/// A guard against an LRS whose `more` links never end.
const MAX_PAGES: usize = 1_000_000;

/// One page of a statement result.
#[derive(Deserialize)]
struct Page {
    statements: Vec<Value>,
    #[serde(default)]
    more: Option<String>,
}

/// A read-only client for one LRS.
pub struct LrsReader {
    agent: ureq::Agent,
    endpoint: String,
    origin: String,
    authorization: String,
    key: String,
    secret_env: String,
    page_size: u32,
}

impl std::fmt::Debug for LrsReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LrsReader")
            .field("endpoint", &self.endpoint)
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

/// What a read walked through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadCounts {
    pub pages: usize,
    pub statements: usize,
}

/// `scheme://host[:port]` of an http(s) address.
fn origin_of(url: &str) -> String {
    let rest_at = url.find("://").map(|i| i + 3).unwrap_or(0);
    match url[rest_at..].find('/') {
        Some(i) => url[..rest_at + i].to_owned(),
        None => url.to_owned(),
    }
}

impl LrsReader {
    /// A reader with the configuration's read key (`settings.read_key`) and
    /// its secret. `page_size` 0 means [`PAGE_SIZE`].
    pub fn new(settings: &LrsSettings, secret: &Secret, page_size: u32) -> LrsReader {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(settings.timeout_secs.max(1))))
            .user_agent(format!("ScamDrill/{}", env!("CARGO_PKG_VERSION")))
            .build();
        let key = settings.read_key.clone().unwrap_or_default();
        let credentials = format!("{key}:{}", secret.expose());
        let endpoint = format!("{}/", settings.endpoint.trim_end_matches('/'));
        LrsReader {
            agent: config.into(),
            origin: origin_of(&endpoint),
            endpoint,
            authorization: format!("Basic {}", base64(credentials.as_bytes())),
            key,
            secret_env: settings.read_secret_env.clone().unwrap_or_default(),
            page_size: if page_size == 0 { PAGE_SIZE } else { page_size },
        }
    }

    pub fn page_size(&self) -> u32 {
        self.page_size
    }

    /// The address of a `more` link: absolute, from the host's root, or
    /// relative to the endpoint; only on the endpoint's own host.
    fn resolve(&self, more: &str) -> Result<String, ReadError> {
        let url = if more.starts_with("http://") || more.starts_with("https://") {
            more.to_owned()
        } else if more.starts_with('/') {
            format!("{}{more}", self.origin)
        } else {
            format!("{}{more}", self.endpoint)
        };
        if origin_of(&url) != self.origin {
            return Err(ReadError::ForeignMore {
                more: more.to_owned(),
                endpoint: self.endpoint.clone(),
            });
        }
        Ok(url)
    }

    fn get_page(&self, url: &str) -> Result<Page, ReadError> {
        let sent = self
            .agent
            .get(url)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Authorization", &self.authorization)
            .header("Accept", "application/json")
            .call();
        let mut response = sent.map_err(|e| ReadError::Unreachable {
            url: self.endpoint.clone(),
            why: e.to_string(),
        })?;
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(PAGE_LIMIT)
            .read_to_vec()
            .map_err(|e| ReadError::Unreachable {
                url: self.endpoint.clone(),
                why: format!("reading the answer: {e}"),
            })?;
        match status {
            200 => serde_json::from_slice::<Page>(&body).map_err(|e| ReadError::BadPage {
                url: url.to_owned(),
                why: e.to_string(),
            }),
            401 | 403 => Err(ReadError::Refused {
                status,
                key: self.key.clone(),
                env: self.secret_env.clone(),
                body: snippet(&String::from_utf8_lossy(&body)),
            }),
            _ => Err(ReadError::Status {
                status,
                url: url.to_owned(),
                body: snippet(&String::from_utf8_lossy(&body)),
            }),
        }
    }

    /// Every statement the query selects, page by page, handed to `each`
    /// in the LRS's order; stops at the first error (of the LRS or of `each`).
    pub fn for_each(
        &self,
        query: &StatementQuery,
        mut each: impl FnMut(&Value) -> Result<(), ReadError>,
    ) -> Result<ReadCounts, ReadError> {
        let mut q = query.clone();
        if q.limit == 0 {
            q.limit = self.page_size;
        }
        let mut url = format!("{}statements?{}", self.endpoint, q.to_query());
        let mut counts = ReadCounts::default();
        loop {
            let page = self.get_page(&url)?;
            counts.pages += 1;
            counts.statements += page.statements.len();
            for s in &page.statements {
                each(s)?;
            }
            let next = match page.more.as_deref().map(str::trim) {
                Some(m) if !m.is_empty() => self.resolve(m)?,
                _ => return Ok(counts),
            };
            // An empty page that points on is the end too (some LRSs offer
            // one more page when the last one was exactly full).
            if page.statements.is_empty() {
                return Ok(counts);
            }
            if next == url {
                return Err(ReadError::BadPage {
                    url,
                    why: "its \"more\" link points to the same page again".into(),
                });
            }
            if counts.pages >= MAX_PAGES {
                return Err(ReadError::TooManyPages(counts.pages));
            }
            url = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{LrsReader, origin_of};
    use crate::config::{LrsSettings, Secret};
    use crate::records::lrs_read::ReadError;

    #[test]
    fn more_links_are_followed_on_the_endpoints_host_only() {
        let settings = LrsSettings {
            endpoint: "https://lrs.example.com/xAPI".into(),
            key: "w".into(),
            secret_env: "W".into(),
            account_home_page: "https://lms.example.com".into(),
            timeout_secs: 1,
            retry_initial_secs: 1,
            retry_max_secs: 1,
            read_key: Some("r".into()),
            read_secret_env: Some("R".into()),
        };
        let r = LrsReader::new(&settings, &Secret::new("s"), 0);
        assert_eq!(
            r.resolve("/xAPI/statements?after=2").unwrap(),
            "https://lrs.example.com/xAPI/statements?after=2"
        );
        assert_eq!(
            r.resolve("statements?after=2").unwrap(),
            "https://lrs.example.com/xAPI/statements?after=2"
        );
        assert_eq!(
            r.resolve("https://lrs.example.com/xAPI/statements?p=3")
                .unwrap(),
            "https://lrs.example.com/xAPI/statements?p=3"
        );
        assert!(matches!(
            r.resolve("https://elsewhere.example.net/statements"),
            Err(ReadError::ForeignMore { .. })
        ));
        assert!(
            !format!("{r:?}").contains("Basic"),
            "no credentials in Debug"
        );
    }

    #[test]
    fn origins() {
        assert_eq!(
            origin_of("http://127.0.0.1:8100/xAPI/"),
            "http://127.0.0.1:8100"
        );
        assert_eq!(
            origin_of("https://lrs.example.com"),
            "https://lrs.example.com"
        );
    }
}
