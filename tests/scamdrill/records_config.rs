//! The configuration file: every mistake names the file, the line and the
//! field, and nothing starts half-configured.

use std::path::Path;

use scamdrill::config::{LoadedConfig, Secret};
use scamdrill::diagnostic::Diagnostic;

use crate::common::{engine, root};
use crate::records_support::scamdrill;

const GOOD: &str = r#"Config(
    organisation: "Example Ltd",
    default_locale: Some("en-GB"),
    region: Some("GB"),
    retention_days: 90,
    curricula: [
        (
            name: "basics", genuine: ["helpdesk-ticket-callback"],
            packs: ["popup-locker"],
            pass_mark: 75,
        ),
    ],
    lrs: Some((
        endpoint: "https://lrs.example.com/xAPI/",
        key: "writer",
        secret_env: "SCAMDRILL_LRS_SECRET",
        account_home_page: "https://lms.example.com",
    )),
    public_mode: Some((
        pin: "4821",
        idle_timeout_secs: 120,
        packs: ["popup-locker"],
    )),
)
"#;

fn errors_of(text: &str) -> Vec<Diagnostic> {
    match LoadedConfig::parse(Path::new("/etc/scamdrill.ron"), text) {
        Ok(_) => panic!("expected the configuration to be refused:\n{text}"),
        Err(d) => d,
    }
}

/// The one error, which must be on `line` and mention `field`.
fn single_error(text: &str, line: usize, field: &str) -> Diagnostic {
    let errs = errors_of(text);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let d = errs.into_iter().next().unwrap();
    assert!(d.is_error());
    assert_eq!(d.line, line, "{d}");
    assert!(
        d.message.contains(field),
        "the message names `{field}`: {d}"
    );
    assert!(
        d.to_string()
            .contains(&format!("/etc/scamdrill.ron:{line}:")),
        "{d}"
    );
    assert!(d.hint.is_some(), "{d}");
    d
}

#[test]
fn the_good_configuration_loads() {
    let c = LoadedConfig::parse(Path::new("x.ron"), GOOD).unwrap();
    assert_eq!(c.config.organisation, "Example Ltd");
    assert_eq!(c.config.curriculum("basics").unwrap().pass_mark, 75);
    let lrs = c.config.lrs.as_ref().unwrap();
    assert_eq!(
        (lrs.timeout_secs, lrs.retry_initial_secs, lrs.retry_max_secs),
        (10, 5, 3600),
        "documented defaults"
    );
    assert!(c.check_against(&engine()).is_empty());
}

#[test]
fn the_shipped_example_is_valid_and_matches_the_packs() {
    let path = root().join("config/scamdrill.example.ron");
    let c = LoadedConfig::read(&path).unwrap_or_else(|d| panic!("{d:#?}"));
    let findings = c.check_against(&engine());
    assert!(findings.is_empty(), "{findings:#?}");
    assert!(
        c.config.lrs.is_some() && c.config.public_mode.is_some() && !c.config.curricula.is_empty()
    );
}

#[test]
fn a_type_error_names_line_and_field() {
    let text = GOOD.replace("retention_days: 90", "retention_days: \"ninety\"");
    single_error(&text, 5, "retention_days");
}

#[test]
fn a_nested_type_error_names_the_field_path() {
    let text = GOOD.replace("idle_timeout_secs: 120", "idle_timeout_secs: -5");
    let d = single_error(&text, 21, "idle_timeout_secs");
    assert!(d.message.contains("public_mode.idle_timeout_secs"), "{d}");
}

#[test]
fn a_misspelt_field_is_named_with_the_allowed_ones() {
    let text = GOOD.replace("retention_days: 90", "retension_days: 90");
    let d = single_error(&text, 5, "retension_days");
    assert!(d.hint.as_deref().unwrap().contains("retention_days"), "{d}");
}

#[test]
fn a_missing_field_is_named() {
    let text = GOOD.replace("        key: \"writer\",\n", "");
    let d = errors_of(&text).remove(0);
    assert!(d.message.contains("key"), "{d}");
    assert!(d.message.contains("lrs"), "{d}");
    assert!(d.line > 0);
}

#[test]
fn out_of_range_values_name_the_field_and_its_line() {
    single_error(
        &GOOD.replace("pass_mark: 75", "pass_mark: 150"),
        10,
        "curricula[0] (\"basics\").pass_mark",
    );
    single_error(
        &GOOD.replace("retention_days: 90", "retention_days: 0"),
        5,
        "retention_days",
    );
    single_error(
        &GOOD.replace("https://lrs.example.com/xAPI/", "lrs.example.com"),
        14,
        "lrs.endpoint",
    );
    single_error(
        &GOOD.replace("\"SCAMDRILL_LRS_SECRET\"", "\"s3cr3t value\""),
        16,
        "lrs.secret_env",
    );
    single_error(
        &GOOD.replace("pin: \"4821\"", "pin: \"12\""),
        20,
        "public_mode.pin",
    );
    single_error(
        &GOOD.replace("region: Some(\"GB\")", "region: Some(\"Britain\")"),
        4,
        "region",
    );
    single_error(
        &GOOD.replace("organisation: \"Example Ltd\"", "organisation: \"  \""),
        2,
        "organisation",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = GOOD
        .replace("pass_mark: 75", "pass_mark: 150")
        .replace("retention_days: 90", "retention_days: 0");
    assert_eq!(errors_of(&text).len(), 2);
}

#[test]
fn duplicate_curricula_and_packs_are_refused() {
    let text = GOOD.replace(
        "    ],\n    lrs",
        "        (name: \"basics\", packs: [\"popup-locker\", \"popup-locker\"]),\n    ],\n    lrs",
    );
    let errs = errors_of(&text);
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert!(
        errs.iter()
            .any(|d| d.message.contains("is used by an earlier curriculum") && d.line == 12),
        "{errs:#?}"
    );
    assert!(
        errs.iter().any(|d| d.message.contains("listed twice")),
        "{errs:#?}"
    );
}

#[test]
fn unknown_packs_and_locales_are_found_against_the_library() {
    let text = GOOD
        .replace(
            "packs: [\"popup-locker\"],\n            pass_mark",
            "packs: [\"popup-locker\", \"no-such-pack\"],\n            pass_mark",
        )
        .replace("Some(\"en-GB\")", "Some(\"xx-YY\")");
    let c = LoadedConfig::parse(Path::new("c.ron"), &text).unwrap();
    let findings = c.check_against(&engine());
    assert_eq!(findings.len(), 2, "{findings:#?}");
    let pack = findings
        .iter()
        .find(|d| d.message.contains("no-such-pack"))
        .unwrap();
    assert_eq!(pack.line, 9);
    assert!(
        pack.message.contains("curricula[0] (\"basics\").packs"),
        "{pack}"
    );
    assert!(pack.hint.as_deref().unwrap().contains("popup-locker"));
    assert!(
        findings
            .iter()
            .any(|d| d.line == 3 && d.message.contains("default_locale"))
    );
    let scam_as_genuine = GOOD.replace(
        "genuine: [\"helpdesk-ticket-callback\"]",
        "genuine: [\"helpdesk-ticket-callback\", \"microsoft-cold-call\"]",
    );
    let c = LoadedConfig::parse(Path::new("c.ron"), &scam_as_genuine).unwrap();
    let f = c.check_against(&engine());
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message
            .contains("genuine: pack \"microsoft-cold-call\" is a scam")
            && f[0].line == 8,
        "{f:#?}"
    );
}

#[test]
fn the_secret_comes_from_the_environment_and_is_never_shown() {
    let text = GOOD.replace("SCAMDRILL_LRS_SECRET", "SCAMDRILL_TEST_UNSET_SECRET_VAR");
    let c = LoadedConfig::parse(Path::new("/etc/s.ron"), &text).unwrap();
    let err = c.lrs_secret().unwrap_err();
    assert_eq!(err.line, 16, "{err}");
    assert!(
        err.message.contains("SCAMDRILL_TEST_UNSET_SECRET_VAR"),
        "{err}"
    );
    let s = Secret::new("hunter2");
    assert_eq!(format!("{s:?} {s}"), "Secret(***) ***");
}

#[test]
fn a_bad_configuration_stops_play_before_anything_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("bad.ron");
    std::fs::write(&cfg, GOOD.replace("pass_mark: 75", "pass_mark: 101")).unwrap();
    let data = dir.path().join("data");
    let out = scamdrill()
        .args([
            "play",
            "--scenario",
            "popup-locker",
            "--choices",
            "open-link",
            "--trainee",
            "T-1",
            "--config",
        ])
        .arg(&cfg)
        .arg("--data")
        .arg(&data)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("{}:10:", cfg.display())) && err.contains("pass_mark"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).is_empty(),
        "nothing was played"
    );
    assert!(!data.exists(), "nothing was recorded");
    // A --config that does not exist is an error too, not the defaults.
    let out = scamdrill()
        .args(["report", "--config", "/nonexistent/scamdrill.ron", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the configuration file"));
}
