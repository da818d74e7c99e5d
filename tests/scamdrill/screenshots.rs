//! Real pixels: the app under Xvfb with Mesa's software Vulkan, one PNG per
//! kind of screen in en-US and he-IL under target/screenshots/. What can be
//! checked by program is checked; a person looks at the rest.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::root;

#[derive(Clone)]
struct Shot {
    name: String,
    scenario: Option<String>,
    choices: String,
    kiosk: bool,
}

fn shot(name: &str, scenario: Option<&str>, choices: &str, kiosk: bool) -> Shot {
    Shot {
        name: name.to_owned(),
        scenario: scenario.map(str::to_owned),
        choices: choices.to_owned(),
        kiosk,
    }
}

/// The app's own screens and the desk's system surfaces.
fn fixed_shots() -> Vec<Shot> {
    vec![
        shot("start", None, "", false),
        shot(
            "task-manager",
            Some("popup-locker"),
            "open-link,taskmgr",
            false,
        ),
        shot(
            "security-screen",
            Some("popup-locker"),
            "open-link,security",
            false,
        ),
        shot(
            "locker-windowed",
            Some("popup-locker"),
            "open-link,windowed",
            false,
        ),
        shot("help", Some("popup-locker"), "open-link,help", false),
        shot(
            "flag-tool",
            Some("popup-locker"),
            "open-link,flag-tool,mark:phone,mark:title",
            false,
        ),
        shot("keypad", Some("popup-locker"), "open-link,keypad", false),
        shot(
            "start-menu",
            Some("popup-locker"),
            "open-link,windowed,start-menu",
            false,
        ),
        shot(
            "debrief",
            Some("popup-locker"),
            "open-link,mark:phone,call,hang-up,debrief",
            false,
        ),
        shot(
            "judgement",
            Some("popup-locker"),
            "open-link,call,hang-up,judgement",
            false,
        ),
        // The looks of one scene kind that the kind alone does not pick: the
        // AnyDesk-like dialog with its permission switches and the
        // TeamViewer QuickSupport-like ID and password.
        shot(
            "remote-desk",
            Some("popup-locker"),
            "open-link,call,follow",
            false,
        ),
        shot(
            "remote-quick-support",
            Some("isp-router-call"),
            "answer,go-along,believe",
            false,
        ),
        shot("kiosk-attract", None, "", true),
        shot("kiosk-session", None, "wake,begin", true),
        shot("kiosk-pin", None, "wake,staff", true),
    ]
}

/// For every kind of scene the shipped packs (and the playbook fixture) use,
/// the first path that reaches it: one shot each, found anew so that packs
/// can change.
fn scene_shots() -> Vec<Shot> {
    let e = crate::common::engine_with(&crate::common::fixtures());
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for pack in &e.library.packs {
        if pack.id() == "mini" {
            continue;
        }
        for path in scamdrill::cli::all_paths_of(pack) {
            let mut p = e.start(pack.id(), "en-US", 5).unwrap();
            for i in 0..=path.len() {
                let Some(step) = p.run.current() else { break };
                let kind = step.scene.kind_name();
                if !step.is_ending() && seen.insert(kind) {
                    out.push(shot(
                        &format!("scene-{kind}"),
                        Some(pack.id()),
                        &path[..i].join(","),
                        false,
                    ));
                }
                let Some(c) = path.get(i) else { break };
                if p.act(c, 1000 * (i as u64 + 1)).is_err() {
                    break;
                }
            }
        }
    }
    out
}

fn out_dir() -> PathBuf {
    let d = root().join("target").join("screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn capture(shot: &Shot, locale: &str, data: &Path) -> PathBuf {
    capture_in(shot, locale, data, "1280x800", "")
}

/// The desk's scenes that must stay whole with large text and in a small
/// window: every control visible or scrolled to, no text cut off.
const DESK_SCENES: [&str; 10] = [
    "scene-browser-locker",
    "scene-incoming-call",
    "scene-call",
    "scene-remote-tool",
    "scene-payment",
    "scene-banking",
    "scene-email",
    "scene-chat",
    "task-manager",
    "help",
];

/// Text one step larger, five times: 200 %.
const TEXT_200: &str = "bigger,bigger,bigger,bigger,bigger";

/// `shot` in a window of `size` ("1024x600"); the PNG is named with
/// `suffix`. Beside it the app writes `<png>.clipped.txt` (see
/// `scamdrill::gui::capture`).
fn capture_in(shot: &Shot, locale: &str, data: &Path, size: &str, suffix: &str) -> PathBuf {
    let png = out_dir().join(format!("{}-{locale}{suffix}.png", shot.name));
    let _ = std::fs::remove_file(&png);
    let mut cmd = Command::new("xvfb-run");
    cmd.args(["-a", "-s", &format!("-screen 0 {size}x24")])
        .arg(env!("CARGO_BIN_EXE_scamdrill"))
        .arg("--data")
        .arg(data)
        .args(["--locale", locale, "--seed", "5", "--window", size]);
    if let Some(s) = &shot.scenario {
        cmd.args(["--scenario", s]);
        if s == "playbook" {
            cmd.arg("--scenarios").arg(crate::common::fixtures());
        }
    }
    if shot.kiosk {
        let config = data.join("kiosk.ron");
        std::fs::write(&config, "Config(organisation: \"Library\", public_mode: Some((pin: \"4821\", idle_timeout_secs: 300, packs: [\"popup-locker\", \"microsoft-cold-call\", \"helpdesk-ticket-callback\", \"family-remote-help\"])))").unwrap();
        cmd.arg("--kiosk").arg("--config").arg(config);
    }
    if !shot.choices.is_empty() {
        cmd.args(["--choices", &shot.choices]);
    }
    cmd.arg("--screenshot")
        .arg(&png)
        .env("SCAMDRILL_ROOT", root());
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("xvfb-run is needed for the screenshot test (scripts/deps.sh test installs it): {e}")
    });
    assert!(
        out.status.success() && png.exists(),
        "{} {locale}: {}\n{}",
        shot.name,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    png
}

struct Image {
    w: usize,
    h: usize,
    rgb: Vec<[u8; 3]>,
}

fn load(path: &Path) -> Image {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let ch = info.color_type.samples();
    let rgb = buf[..info.buffer_size()]
        .chunks(ch)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    Image {
        w: info.width as usize,
        h: info.height as usize,
        rgb,
    }
}

impl Image {
    fn px(&self, x: usize, y: usize) -> [u8; 3] {
        self.rgb[y * self.w + x]
    }
    fn distinct_colours(&self) -> usize {
        let mut v: Vec<[u8; 3]> = self.rgb.iter().step_by(97).copied().collect();
        v.sort();
        v.dedup();
        v.len()
    }
}

fn near(a: [u8; 3], b: [u8; 3], tol: i32) -> bool {
    (0..3).all(|i| (a[i] as i32 - b[i] as i32).abs() <= tol)
}

/// In the locker (its blue background), on how many rows does white text
/// touch the reading-start side versus the other side?
fn locker_text_sides(img: &Image) -> (usize, usize) {
    let blue = [13, 69, 158];
    let (mut x0, mut x1) = (img.w, 0);
    for y in (0..img.h).step_by(4) {
        for x in 0..img.w {
            if near(img.px(x, y), blue, 12) {
                x0 = x0.min(x);
                x1 = x1.max(x);
            }
        }
    }
    assert!(x1 > x0 + 200, "locker found");
    let (mut left, mut right) = (0, 0);
    for y in 0..img.h {
        let white: Vec<usize> = (x0..=x1)
            .filter(|&x| near(img.px(x, y), [255, 255, 255], 40))
            .collect();
        if white.len() < 3 {
            continue;
        }
        if white[0] - x0 < 40 {
            left += 1;
        }
        if x1 - white[white.len() - 1] < 40 {
            right += 1;
        }
    }
    (left, right)
}

#[test]
fn screenshots_of_every_kind_of_screen_in_english_hebrew_and_arabic() {
    let data = tempfile::tempdir().unwrap();
    let scenes = scene_shots();
    let kinds: Vec<&str> = scenes.iter().map(|s| s.name.as_str()).collect();
    for kind in [
        "desktop",
        "browser-locker",
        "incoming-call",
        "call",
        "email",
        "chat",
        "remote-tool",
        "remote-control",
        "proof",
        "payment",
        "banking",
        "command-prompt",
        "web-shop",
        "doorstep",
        "post-office",
        "crypto-atm",
    ] {
        assert!(
            kinds.contains(&format!("scene-{kind}").as_str()),
            "no path reaches a {kind} scene: {kinds:?}"
        );
    }
    let mut checked = Vec::new();
    for locale in ["en-US", "he-IL", "ar"] {
        for shot in fixed_shots().iter().chain(&scenes) {
            if shot.kiosk && locale == "ar" {
                continue;
            }
            // The desk's scenes in the same run: the shot as usual, then
            // the text at 200 % (in English and Hebrew; in Arabic a couple).
            let large = DESK_SCENES.contains(&shot.name.as_str())
                && (locale != "ar"
                    || ["scene-call", "scene-payment"].contains(&shot.name.as_str()));
            let png = if large {
                let normal = format!("{}-{locale}.png", shot.name);
                let mut run = shot.clone();
                run.choices = [shot.choices.as_str(), &format!("shot:{normal}"), TEXT_200]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(",");
                let big = capture_in(&run, locale, data.path(), "1280x800", "-200");
                let img = load(&big);
                assert_eq!((img.w, img.h), (1280, 800), "{}", big.display());
                assert!(
                    img.distinct_colours() > 20,
                    "{} is not blank",
                    big.display()
                );
                checked.push(big);
                let png = out_dir().join(normal);
                checked.push(png.clone());
                png
            } else {
                capture(shot, locale, data.path())
            };
            let img = load(&png);
            assert_eq!((img.w, img.h), (1280, 800), "{}", png.display());
            assert!(
                img.distinct_colours() > 20,
                "{} is not blank",
                png.display()
            );
        }
    }
    // A small window (a netbook, a kiosk's 1024×600 screen) at 100 %.
    for locale in ["en-US", "he-IL"] {
        for shot in fixed_shots().iter().chain(&scenes) {
            if !DESK_SCENES.contains(&shot.name.as_str()) {
                continue;
            }
            let png = capture_in(shot, locale, data.path(), "1024x600", "-1024x600");
            let img = load(&png);
            assert_eq!((img.w, img.h), (1024, 600), "{}", png.display());
            assert!(
                img.distinct_colours() > 20,
                "{} is not blank",
                png.display()
            );
            checked.push(png);
        }
    }
    // In every one of those, all text fits: inside the window and inside
    // whatever clips it (what is below the fold of a scrolling page, a
    // window's body or the phone's screen scrolls into view).
    let clipped: Vec<String> = checked
        .iter()
        .filter_map(|png| {
            let mut report = png.as_os_str().to_owned();
            report.push(".clipped.txt");
            let text = std::fs::read_to_string(&report)
                .unwrap_or_else(|e| panic!("{}: {e}", PathBuf::from(&report).display()));
            (!text.trim().is_empty()).then(|| format!("{}:\n{text}", png.display()))
        })
        .collect();
    assert!(clipped.is_empty(), "text cut off:\n{}", clipped.join("\n"));
    // Hebrew text starts on the right, English on the left.
    let (en_left, en_right) =
        locker_text_sides(&load(&out_dir().join("scene-browser-locker-en-US.png")));
    let (he_left, he_right) =
        locker_text_sides(&load(&out_dir().join("scene-browser-locker-he-IL.png")));
    // Long lines fill the width and touch both sides; short ones show the side.
    assert!(
        en_left > en_right + 5,
        "English locker text is left-aligned ({en_left} rows left, {en_right} right)"
    );
    assert!(
        he_right > he_left + 5,
        "Hebrew locker text is right-aligned ({he_left} rows left, {he_right} right)"
    );
    // The desk mirrors: the phone (its dark screen) lies right of the PC in
    // English, left of it in Hebrew and Arabic.
    // (x 980 and x 20 fall in the phone screen's margin on either side.)
    let phone = [18, 20, 28];
    let en = load(&out_dir().join("scene-call-en-US.png"));
    assert!(near(en.px(980, 400), phone, 6) && !near(en.px(300, 400), phone, 6));
    for rtl in ["he-IL", "ar"] {
        let img = load(&out_dir().join(format!("scene-call-{rtl}.png")));
        assert!(
            near(img.px(20, 400), phone, 6) && !near(img.px(980, 400), phone, 6),
            "{rtl}"
        );
    }
    // During play nothing is ringed for the trainee: no control looks suggested.
    for name in ["scene-call", "scene-remote-tool", "scene-payment"] {
        for locale in ["en-US", "he-IL", "ar"] {
            let img = load(&out_dir().join(format!("{name}-{locale}.png")));
            assert_eq!(
                ring_pixels(&img),
                0,
                "{name} {locale}: a focus ring points at a control"
            );
        }
    }
    // The judgement opens with no answer ringed, its question starting on
    // the right in Hebrew.
    let he = load(&out_dir().join("judgement-he-IL.png"));
    assert_eq!(ring_pixels(&he), 0, "no answer looks suggested in Hebrew");
    let x = question_x(&he);
    assert!(x > 640.0, "Hebrew question at x {x}");
}

/// Pixels of the focus ring's yellow.
fn ring_pixels(img: &Image) -> usize {
    (0..img.h)
        .flat_map(|y| (0..img.w).map(move |x| (x, y)))
        .filter(|&(x, y)| near(img.px(x, y), [255, 191, 0], 30))
        .count()
}

/// Mean x of the judgement question's dark bold ink (the band under the
/// top bar, above the answers): left of centre when it starts on the left.
fn question_x(img: &Image) -> f64 {
    let xs: Vec<usize> = (90..150)
        .flat_map(|y| (0..img.w).map(move |x| (x, y)))
        .filter(|&(x, y)| near(img.px(x, y), [20, 23, 31], 40))
        .map(|(x, _)| x)
        .collect();
    assert!(xs.len() > 100, "question found");
    xs.iter().sum::<usize>() as f64 / xs.len() as f64
}

/// The judgement after the last decision, in Arabic too: it opens with no
/// answer ringed (a ring would read as a suggested answer) and its question
/// starts where reading starts, on the left in English and on the right in
/// Arabic. (That the answers run in reading order is checked headlessly in
/// `gui::the_judgement_opens_on_its_question_with_no_answer_focused`.)
#[test]
fn the_judgement_screen_in_english_and_arabic_reads_in_reading_order() {
    let data = tempfile::tempdir().unwrap();
    let shots = fixed_shots();
    let shot = shots.iter().find(|s| s.name == "judgement").unwrap();
    let mut xs = Vec::new();
    for locale in ["en-US", "ar"] {
        let png = capture(shot, locale, data.path());
        let img = load(&png);
        assert_eq!((img.w, img.h), (1280, 800));
        assert!(
            img.distinct_colours() > 20,
            "{} is not blank",
            png.display()
        );
        assert_eq!(ring_pixels(&img), 0, "{locale}: no answer ringed");
        xs.push(question_x(&img));
    }
    assert!(
        xs[0] < 640.0 && xs[1] > 640.0,
        "question: English x {}, Arabic x {}",
        xs[0],
        xs[1]
    );
}
