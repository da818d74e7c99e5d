//! Checks on a parsed configuration: values out of range, duplicate names,
//! malformed endpoints and, given the engine, unknown packs and locales. Each
//! finding names the field and points at the line it is written on.

use std::path::Path;

use super::locate::{Step, at_field};
use super::{Config, Curriculum};
use crate::diagnostic::Diagnostic;
use crate::engine::Engine;
use crate::model::PackKind;

struct Findings<'a> {
    path: &'a Path,
    text: &'a str,
    out: Vec<Diagnostic>,
}

impl Findings<'_> {
    /// An error about the value at `path` (`shown` names it in the message).
    fn error(&mut self, path: &[Step<'_>], shown: &str, message: String, hint: &str) {
        let d = Diagnostic::error("config-invalid", self.path, format!("{shown}: {message}"))
            .with_hint(hint);
        self.out.push(at_field(d, self.text, path));
    }

    /// A warning about the value at `path`.
    fn warning(&mut self, path: &[Step<'_>], shown: &str, message: String, hint: &str) {
        let d = Diagnostic::warning("config-measure", self.path, format!("{shown}: {message}"))
            .with_hint(hint);
        self.out.push(at_field(d, self.text, path));
    }
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_env_name(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `http://host…` or `https://host…` with a host part.
pub fn is_http_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !host.contains(char::is_whitespace) && !r.contains(char::is_whitespace)
    })
}

fn is_region(s: &str) -> bool {
    let mut parts = s.split('-');
    let country = parts.next().unwrap_or_default();
    country.len() == 2
        && country.chars().all(|c| c.is_ascii_uppercase())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Checks that need nothing but the file.
pub fn check(c: &Config, path: &Path, text: &str) -> Vec<Diagnostic> {
    let mut f = Findings {
        path,
        text,
        out: Vec::new(),
    };
    if c.organisation.trim().is_empty() {
        f.error(
            &[Step::Field("organisation")],
            "organisation",
            "is empty".into(),
            "write the organisation's name, shown on reports and certificates",
        );
    }
    if let Some(l) = &c.default_locale
        && l.parse::<unic_langid::LanguageIdentifier>().is_err()
    {
        f.error(
            &[Step::Field("default_locale")],
            "default_locale",
            format!("\"{l}\" is not a language tag"),
            "write a tag such as \"en-GB\" or \"he-IL\"",
        );
    }
    if let Some(r) = &c.region
        && !is_region(r)
    {
        f.error(
            &[Step::Field("region")],
            "region",
            format!("\"{r}\" is not a region code"),
            "write an ISO 3166 code such as \"GB\", \"US\" or \"GB-SCT\"",
        );
    }
    if c.retention_days == 0 || c.retention_days > 36_500 {
        f.error(
            &[Step::Field("retention_days")],
            "retention_days",
            format!("{} is out of range", c.retention_days),
            "write a number of days from 1 to 36500",
        );
    }
    for (i, cur) in c.curricula.iter().enumerate() {
        check_curriculum(&mut f, c, i, cur);
    }
    if let Some(l) = &c.lrs {
        let a = |f: &'static str| [Step::Field("lrs"), Step::Field(f)];
        if !is_http_url(&l.endpoint) {
            f.error(
                &a("endpoint"),
                "lrs.endpoint",
                format!("\"{}\" is not an http(s) address", l.endpoint),
                "write the LRS's xAPI endpoint, e.g. \"https://lrs.example.com/xAPI/\"",
            );
        }
        if l.key.trim().is_empty() {
            f.error(
                &a("key"),
                "lrs.key",
                "is empty".into(),
                "write the LRS key (Basic-auth user name) the organisation issued",
            );
        }
        if !is_env_name(&l.secret_env) {
            f.error(&a("secret_env"), "lrs.secret_env", format!("\"{}\" is not an environment variable name", l.secret_env), "name the variable that holds the secret, e.g. \"SCAMDRILL_LRS_SECRET\"; never write the secret itself here");
        }
        if !is_http_url(&l.account_home_page) {
            f.error(&a("account_home_page"), "lrs.account_home_page", format!("\"{}\" is not an http(s) address", l.account_home_page), "write the home page of the system that issues trainee ids, e.g. \"https://lms.example.com\"");
        }
        if !(1..=300).contains(&l.timeout_secs) {
            f.error(
                &a("timeout_secs"),
                "lrs.timeout_secs",
                format!("{} is out of range", l.timeout_secs),
                "write a number of seconds from 1 to 300",
            );
        }
        match (&l.read_key, &l.read_secret_env) {
            (None, None) => {}
            (Some(_), None) | (None, Some(_)) => f.error(
                &a(if l.read_key.is_some() {
                    "read_key"
                } else {
                    "read_secret_env"
                }),
                "lrs.read_key",
                "read_key and read_secret_env go together".into(),
                "write both (the read key and the variable holding its secret), or neither",
            ),
            (Some(k), Some(env)) => {
                if k.trim().is_empty() || k == &l.key {
                    f.error(&a("read_key"), "lrs.read_key", if k.trim().is_empty() { "is empty".into() } else { format!("\"{k}\" is the write key") }, "use a separate key that may only read statements; the write key stays write-only");
                }
                if !is_env_name(env) || env == &l.secret_env {
                    f.error(&a("read_secret_env"), "lrs.read_secret_env", if env == &l.secret_env { format!("\"{env}\" is also secret_env") } else { format!("\"{env}\" is not an environment variable name") }, "name a variable of its own for the read secret, e.g. \"SCAMDRILL_LRS_READ_SECRET\"");
                }
            }
        }
        if l.retry_initial_secs == 0 || l.retry_initial_secs > l.retry_max_secs {
            f.error(
                &a("retry_initial_secs"),
                "lrs.retry_initial_secs",
                format!(
                    "{} must be at least 1 and at most retry_max_secs ({})",
                    l.retry_initial_secs, l.retry_max_secs
                ),
                "for example retry_initial_secs: 5, retry_max_secs: 3600",
            );
        }
    }
    if let Some(p) = &c.public_mode {
        let a = |f: &'static str| [Step::Field("public_mode"), Step::Field(f)];
        if !(4..=12).contains(&p.pin.len()) || !p.pin.chars().all(|c| c.is_ascii_digit()) {
            f.error(
                &a("pin"),
                "public_mode.pin",
                "must be 4 to 12 digits".into(),
                "write the trainer's PIN in quotes, e.g. \"4821\"",
            );
        }
        if !(10..=3600).contains(&p.idle_timeout_secs) {
            f.error(
                &a("idle_timeout_secs"),
                "public_mode.idle_timeout_secs",
                format!("{} is out of range", p.idle_timeout_secs),
                "write a number of seconds from 10 to 3600",
            );
        }
        if p.packs.is_empty() {
            f.error(
                &a("packs"),
                "public_mode.packs",
                "lists no pack".into(),
                "list the pack ids the kiosk offers",
            );
        }
        public_packs_listed_once(&mut f, &p.packs);
    }
    f.out
}

/// `public_mode.packs` names each pack once; the finding points at the
/// repeated entry (a kiosk draws distinct packs from this list).
fn public_packs_listed_once(f: &mut Findings<'_>, packs: &[String]) {
    let field = super::locate::find(f.text, &[Step::Field("public_mode"), Step::Field("packs")])
        .map_or(0, |(o, _)| o);
    for (k, id) in packs.iter().enumerate() {
        let nth = packs[..k].iter().filter(|p| *p == id).count();
        if nth == 0 {
            continue;
        }
        // The (nth + 1)-th quoted occurrence after `packs:`.
        let mut at = crate::diagnostic::find_quoted(f.text, id, field);
        for _ in 0..nth {
            at = at.and_then(|o| crate::diagnostic::find_quoted(f.text, id, o + 1));
        }
        let d = Diagnostic::error(
            "config-invalid",
            f.path,
            format!("public_mode.packs: pack \"{id}\" is listed twice"),
        )
        .with_hint("list each pack once: a kiosk session draws distinct packs from this list");
        f.out.push(match at {
            Some(o) => d.at_span(f.text, o, id.len() + 2),
            None => d,
        });
    }
}

fn check_curriculum(f: &mut Findings<'_>, c: &Config, i: usize, cur: &Curriculum) {
    let a = |f: &'static str| [Step::Field("curricula"), Step::Item(i), Step::Field(f)];
    let shown = |field: &str| format!("curricula[{i}] (\"{}\").{field}", cur.name);
    if !is_name(&cur.name) {
        f.error(
            &a("name"),
            &shown("name"),
            format!("\"{}\" is not a valid curriculum name", cur.name),
            "use letters, digits, '-' and '_' (it is typed with --curriculum)",
        );
    }
    if c.curricula.iter().take(i).any(|o| o.name == cur.name) {
        f.error(
            &a("name"),
            &shown("name"),
            "is used by an earlier curriculum".into(),
            "give every curriculum its own name",
        );
    }
    if cur.packs.is_empty() {
        f.error(
            &a("packs"),
            &shown("packs"),
            "lists no pack".into(),
            "list the pack ids to play, in order",
        );
    }
    let all: Vec<&String> = cur.packs.iter().chain(&cur.genuine).collect();
    for (k, p) in all.iter().enumerate() {
        if all[..k].contains(p) {
            f.error(
                &a("packs"),
                &shown("packs"),
                format!("pack \"{p}\" is listed twice"),
                "list each pack once (in packs or in genuine)",
            );
        }
    }
    check_blocks(f, i, cur);
    if cur.pass_mark > 100 {
        f.error(
            &a("pass_mark"),
            &shown("pass_mark"),
            format!("{} is above 100", cur.pass_mark),
            "write the mean points needed to pass, from 0 to 100",
        );
    }
}

/// Pre-test, post-test and booster blocks: both test forms or neither, each
/// pack in one block only (test packs kept apart from training), a booster
/// delay with booster packs.
fn check_blocks(f: &mut Findings<'_>, i: usize, cur: &Curriculum) {
    let a = |f: &'static str| [Step::Field("curricula"), Step::Item(i), Step::Field(f)];
    let shown = |field: &str| format!("curricula[{i}] (\"{}\").{field}", cur.name);
    if cur.pre_test.is_empty() != cur.post_test.is_empty() {
        let (field, other) = if cur.pre_test.is_empty() {
            ("post_test", "pre_test")
        } else {
            ("pre_test", "post_test")
        };
        f.error(
            &a(field),
            &shown(field),
            format!("is set but {other} is empty"),
            "list the packs of both test forms (they are counterbalanced between trainees), or neither",
        );
    }
    let blocks: [(&'static str, &Vec<String>); 5] = [
        ("packs", &cur.packs),
        ("genuine", &cur.genuine),
        ("pre_test", &cur.pre_test),
        ("post_test", &cur.post_test),
        ("booster", &cur.booster),
    ];
    for (k, (field, ids)) in blocks.iter().enumerate().skip(2) {
        for (j, id) in ids.iter().enumerate() {
            let earlier = blocks[..k]
                .iter()
                .find(|(_, o)| o.contains(id))
                .map(|(n, _)| *n)
                .or_else(|| ids[..j].contains(id).then_some(*field));
            if let Some(other) = earlier {
                f.error(
                    &[
                        Step::Field("curricula"),
                        Step::Item(i),
                        Step::Field(field),
                        Step::Str(id),
                    ],
                    &shown(field),
                    format!("pack \"{id}\" is also in {other}"),
                    "keep test and booster packs apart from the training packs and from each other, so a pack tests what it was not trained on",
                );
            }
        }
    }
    match cur.booster_after_days {
        Some(0) => f.error(
            &a("booster_after_days"),
            &shown("booster_after_days"),
            "is 0".into(),
            "write the number of days after completion when the booster is due, e.g. 30",
        ),
        Some(_) if cur.booster.is_empty() => f.error(
            &a("booster_after_days"),
            &shown("booster_after_days"),
            "is set but booster lists no pack".into(),
            "list the booster packs under booster",
        ),
        None if !cur.booster.is_empty() => f.error(
            &a("booster"),
            &shown("booster"),
            "lists packs but booster_after_days is not set".into(),
            "set booster_after_days to the days after completion when the booster is due, e.g. 30",
        ),
        _ => {}
    }
}

/// Fewer than one genuine pack per three scams: the false-alarm rate rests
/// on too few trials for d′ and c to be estimated reliably.
fn check_ratio(
    f: &mut Findings<'_>,
    i: usize,
    cur: &Curriculum,
    field: &'static str,
    ids: &[&String],
    engine: &Engine,
) {
    let kinds: Vec<PackKind> = ids
        .iter()
        .filter_map(|id| engine.library.get(id).map(|p| p.scenario.kind))
        .collect();
    let scams = kinds.iter().filter(|k| **k == PackKind::Scam).count();
    let genuine = kinds.len() - scams;
    if scams > 0 && genuine * 3 < scams {
        f.warning(
            &[Step::Field("curricula"), Step::Item(i), Step::Field(field)],
            &format!("curricula[{i}] (\"{}\").{field}", cur.name),
            format!(
                "{scams} scam pack(s) and {genuine} genuine pack(s): fewer than one genuine per three scams, so d′ and c (telling scams from real help) cannot be estimated reliably"
            ),
            "add genuine-support packs (at least one per three scams), so refusing everything does not look like skill",
        );
    }
}

/// Checks against the loaded packs and locales.
pub fn check_against(c: &Config, path: &Path, text: &str, engine: &Engine) -> Vec<Diagnostic> {
    let mut f = Findings {
        path,
        text,
        out: Vec::new(),
    };
    let hint = {
        let ids: Vec<&str> = engine.library.packs.iter().map(|p| p.id()).collect();
        format!("packs available: {}", ids.join(", "))
    };
    for (i, cur) in c.curricula.iter().enumerate() {
        let training: Vec<&String> = cur.packs.iter().chain(&cur.genuine).collect();
        check_ratio(&mut f, i, cur, "genuine", &training, engine);
        for (field, ids) in [("pre_test", &cur.pre_test), ("post_test", &cur.post_test)] {
            let ids: Vec<&String> = ids.iter().collect();
            check_ratio(&mut f, i, cur, field, &ids, engine);
        }
        for (field, ids) in [
            ("pre_test", &cur.pre_test),
            ("post_test", &cur.post_test),
            ("booster", &cur.booster),
        ] {
            for id in ids {
                let at = [
                    Step::Field("curricula"),
                    Step::Item(i),
                    Step::Field(field),
                    Step::Str(id),
                ];
                let shown = format!("curricula[{i}] (\"{}\").{field}", cur.name);
                if engine.library.get(id).is_none() {
                    f.error(&at, &shown, format!("no pack \"{id}\" is loaded"), &hint);
                }
            }
        }
        for (field, ids) in [("packs", &cur.packs), ("genuine", &cur.genuine)] {
            for id in ids {
                let at = [
                    Step::Field("curricula"),
                    Step::Item(i),
                    Step::Field(field),
                    Step::Str(id),
                ];
                let shown = format!("curricula[{i}] (\"{}\").{field}", cur.name);
                match engine.library.get(id) {
                    None => f.error(&at, &shown, format!("no pack \"{id}\" is loaded"), &hint),
                    Some(p) if field == "genuine" && p.scenario.kind != PackKind::Genuine => f
                        .error(
                            &at,
                            &shown,
                            format!("pack \"{id}\" is a scam, not genuine support"),
                            "list scams under packs and genuine-support packs under genuine",
                        ),
                    Some(_) => {}
                }
            }
        }
    }
    if let Some(p) = &c.public_mode {
        for id in &p.packs {
            if engine.library.get(id).is_none() {
                f.error(
                    &[
                        Step::Field("public_mode"),
                        Step::Field("packs"),
                        Step::Str(id),
                    ],
                    "public_mode.packs",
                    format!("no pack \"{id}\" is loaded"),
                    &hint,
                );
            }
        }
    }
    let lang = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
    if let Some(l) = &c.default_locale
        && !engine.ui.tags().iter().any(|t| lang(t) == lang(l))
    {
        f.error(
            &[Step::Field("default_locale")],
            "default_locale",
            format!("no UI locale matches \"{l}\""),
            &format!("locales available: {}", engine.ui.tags().join(", ")),
        );
    }
    f.out
}
