//! Real pixels: the app under Xvfb with Mesa's software Vulkan, one PNG per
//! kind of screen in en-US and he-IL under target/screenshots/. What can be
//! checked by program is checked; a person looks at the rest.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::root;

struct Shot {
    name: &'static str,
    scenario: Option<&'static str>,
    choices: &'static str,
    kiosk: bool,
}

const SHOTS: &[Shot] = &[
    Shot {
        name: "start",
        scenario: None,
        choices: "",
        kiosk: false,
    },
    Shot {
        name: "alert",
        scenario: Some("popup-locker"),
        choices: "open-link",
        kiosk: false,
    },
    Shot {
        name: "task-manager",
        scenario: Some("popup-locker"),
        choices: "open-link,taskmgr",
        kiosk: false,
    },
    Shot {
        name: "call",
        scenario: Some("popup-locker"),
        choices: "open-link,call",
        kiosk: false,
    },
    Shot {
        name: "remote-access",
        scenario: Some("popup-locker"),
        choices: "open-link,call,follow",
        kiosk: false,
    },
    Shot {
        name: "payment",
        scenario: Some("popup-locker"),
        choices: "open-link,call,follow,allow,keep-watching",
        kiosk: false,
    },
    Shot {
        name: "debrief",
        scenario: Some("popup-locker"),
        choices: "open-link,mark:phone-in-alert,call,hang-up,debrief",
        kiosk: false,
    },
    Shot {
        name: "judgement",
        scenario: Some("popup-locker"),
        choices: "open-link,call,hang-up,judgement",
        kiosk: false,
    },
    Shot {
        name: "incoming-call",
        scenario: Some("microsoft-cold-call"),
        choices: "",
        kiosk: false,
    },
    Shot {
        name: "email",
        scenario: Some("antivirus-renewal-refund"),
        choices: "",
        kiosk: false,
    },
    Shot {
        name: "kiosk-attract",
        scenario: None,
        choices: "",
        kiosk: true,
    },
    Shot {
        name: "kiosk-session",
        scenario: None,
        choices: "wake,begin",
        kiosk: true,
    },
    Shot {
        name: "kiosk-pin",
        scenario: None,
        choices: "wake,staff",
        kiosk: true,
    },
];

fn out_dir() -> PathBuf {
    let d = root().join("target").join("screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn capture(shot: &Shot, locale: &str, data: &Path) -> PathBuf {
    let png = out_dir().join(format!("{}-{locale}.png", shot.name));
    let _ = std::fs::remove_file(&png);
    let mut cmd = Command::new("xvfb-run");
    cmd.args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_scamdrill"))
        .arg("--data")
        .arg(data)
        .args(["--locale", locale, "--seed", "5", "--window", "1280x800"]);
    if let Some(s) = shot.scenario {
        cmd.args(["--scenario", s]);
    }
    if shot.kiosk {
        let config = data.join("kiosk.ron");
        std::fs::write(&config, "Config(organisation: \"Library\", public_mode: Some((pin: \"4821\", idle_timeout_secs: 300, packs: [\"popup-locker\", \"microsoft-cold-call\", \"helpdesk-ticket-callback\", \"family-remote-help\"])))").unwrap();
        cmd.arg("--kiosk").arg("--config").arg(config);
    }
    if !shot.choices.is_empty() {
        cmd.args(["--choices", shot.choices]);
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
fn screenshots_of_every_kind_of_screen_in_english_and_hebrew() {
    let data = tempfile::tempdir().unwrap();
    for locale in ["en-US", "he-IL"] {
        for shot in SHOTS {
            let png = capture(shot, locale, data.path());
            let img = load(&png);
            assert_eq!((img.w, img.h), (1280, 800), "{}", png.display());
            assert!(
                img.distinct_colours() > 20,
                "{} is not blank",
                png.display()
            );
        }
    }
    // Hebrew text starts on the right, English on the left.
    let (en_left, en_right) = locker_text_sides(&load(&out_dir().join("alert-en-US.png")));
    let (he_left, he_right) = locker_text_sides(&load(&out_dir().join("alert-he-IL.png")));
    assert!(
        en_left > en_right * 2,
        "English locker text is left-aligned ({en_left} rows left, {en_right} right)"
    );
    assert!(
        he_right > he_left * 2,
        "Hebrew locker text is right-aligned ({he_left} rows left, {he_right} right)"
    );
    // The layout mirrors: the side panel (light grey) is on the right in English, on the left in Hebrew.
    let panel = [237, 240, 245];
    let en = load(&out_dir().join("call-en-US.png"));
    let he = load(&out_dir().join("call-he-IL.png"));
    assert!(near(en.px(1276, 400), panel, 6) && !near(en.px(4, 400), panel, 6));
    assert!(near(he.px(4, 400), panel, 6) && !near(he.px(1276, 400), panel, 6));
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
    let shot = SHOTS.iter().find(|s| s.name == "judgement").unwrap();
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
