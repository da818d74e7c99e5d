//! `check` is linear (issue 13): a generated library of 100 packs × 8
//! locales, and one pack whose en-US.ftl holds 50,000 (unused) messages,
//! each loaded and checked. Both are written to a temp folder first.
//! Run: cargo bench --no-default-features --bench check_scale
//! Figures go in docs/PERFORMANCE.md ("Checking at scale").

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use scamdrill::library::Library;
use scamdrill::locale::UiLocales;

const PACKS: usize = 100;
const LOCALES: [&str; 8] = ["en-US", "en-GB", "he-IL", "ar", "es", "fr", "de", "it"];
const MESSAGES: usize = 50_000;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// 100 copies of popup-locker (ids popup-locker-000…), each declaring 8
/// locales; the two the shipped pack lacks reuse its en-US text.
fn write_library(dir: &Path) {
    let src = root().join("assets/scenarios/popup-locker");
    let ron = std::fs::read_to_string(src.join("scenario.ron")).unwrap();
    let tags = LOCALES.map(|t| format!("\"{t}\"")).join(", ");
    let ron = ron.replace(
        r#"locales: ["en-US", "en-GB", "he-IL", "ar", "es", "fr"]"#,
        &format!("locales: [{tags}]"),
    );
    assert!(
        ron.contains("\"de\""),
        "popup-locker declares its locales as expected"
    );
    for i in 0..PACKS {
        let p = dir.join(format!("pack-{i:03}"));
        std::fs::create_dir_all(p.join("locales")).unwrap();
        let id = format!("id: \"popup-locker-{i:03}\"");
        std::fs::write(
            p.join("scenario.ron"),
            ron.replace("id: \"popup-locker\"", &id),
        )
        .unwrap();
        for t in LOCALES {
            let from = src.join("locales").join(format!("{t}.ftl"));
            let from = if from.exists() {
                from
            } else {
                src.join("locales/en-US.ftl")
            };
            std::fs::copy(from, p.join("locales").join(format!("{t}.ftl"))).unwrap();
        }
    }
}

/// The mini fixture with 50,000 unused messages in en-US.ftl.
fn write_big_file(dir: &Path) -> PathBuf {
    let src = root().join("tests/fixtures/mini");
    let p = dir.join("big");
    std::fs::create_dir_all(p.join("locales")).unwrap();
    std::fs::copy(src.join("scenario.ron"), p.join("scenario.ron")).unwrap();
    std::fs::copy(src.join("locales/he-IL.ftl"), p.join("locales/he-IL.ftl")).unwrap();
    let mut text = std::fs::read_to_string(src.join("locales/en-US.ftl")).unwrap();
    for i in 0..MESSAGES {
        text.push_str(&format!(
            "spare-message-{i} = Spare text number {i} for {{ $name }}.\n"
        ));
    }
    std::fs::write(p.join("locales/en-US.ftl"), text).unwrap();
    dir.to_owned()
}

fn benches(c: &mut Criterion) {
    let (ui, _) = UiLocales::load(&root().join("locales"));
    let lib_dir = tempfile::tempdir().unwrap();
    write_library(lib_dir.path());
    let dirs = [lib_dir.path().to_owned()];
    let lib = Library::load(&dirs, &ui);
    assert_eq!(lib.packs.len(), PACKS, "every generated pack loads");
    c.bench_function("check a library of 100 packs x 8 locales", |b| {
        b.iter(|| black_box(Library::load(&dirs, &ui)))
    });

    let big_dir = tempfile::tempdir().unwrap();
    let big = [write_big_file(big_dir.path())];
    let found = Library::load(&big, &ui);
    let unused = found
        .diagnostics
        .iter()
        .filter(|d| d.code == "unused-message")
        .count();
    assert_eq!(unused, MESSAGES, "every spare message is reported");
    c.bench_function("check one .ftl file of 50,000 unused messages", |b| {
        b.iter(|| black_box(Library::load(&big, &ui)))
    });
}

criterion_group! {
    name = check_scale;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(10));
    targets = benches
}
criterion_main!(check_scale);
