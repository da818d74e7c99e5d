//! Engine speed: loading and checking the library, starting a run, one
//! decision with its view, replay, scoring. Numbers go in docs/PERFORMANCE.md.
//! Run: cargo bench --no-default-features --bench engine

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use scamdrill::engine::Engine;
use scamdrill::scoring::score_curriculum;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn benches(c: &mut Criterion) {
    c.bench_function("load and check the shipped library", |b| {
        b.iter(|| black_box(Engine::load(root(), &[])))
    });
    let e = Engine::load(root(), &[]);
    c.bench_function("start a run (draw variables, build words)", |b| {
        b.iter(|| black_box(e.start("popup-locker", "he-IL", 7).unwrap()))
    });
    let play = e.start("popup-locker", "he-IL", 7).unwrap();
    c.bench_function("view of the current step (he-IL)", |b| {
        b.iter(|| black_box(play.view()))
    });
    c.bench_function("one decision and the next view", |b| {
        b.iter_batched(
            || e.start("popup-locker", "en-US", 7).unwrap(),
            |mut p| {
                p.choose("open-link", 1000).unwrap();
                black_box(p.view())
            },
            criterion::BatchSize::SmallInput,
        )
    });
    let mut done = e.start("popup-locker", "en-US", 7).unwrap();
    for c in [
        "open-link",
        "call",
        "follow",
        "allow",
        "keep-watching",
        "pay",
    ] {
        done.choose(c, 1000).unwrap();
    }
    let log = done.run.log();
    c.bench_function("replay a six-decision run", |b| {
        b.iter(|| black_box(e.replay(&log).unwrap()))
    });
    c.bench_function("debrief of a finished run", |b| {
        b.iter(|| black_box(done.debrief()))
    });
    let scores: Vec<_> = (0..1000).map(|_| done.score()).collect();
    c.bench_function("curriculum score over 1000 runs (d', c)", |b| {
        b.iter(|| black_box(score_curriculum(&scores, 75)))
    });
    c.bench_function("autoplay every path of every pack in every locale", |b| {
        b.iter(|| black_box(scamdrill::cli::autoplay(&e, 1)))
    });
}

criterion_group! {
    name = engine;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(engine);
