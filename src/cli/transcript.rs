//! Plain-text rendering of steps and debriefs for the terminal.

use crate::debrief::Debrief;
use crate::locale::bidi::strip_marks;
use crate::view::{SceneView, StepView};

fn p(s: &str) -> String {
    strip_marks(s)
}

/// Print one step as a transcript block.
pub fn print_view(v: &StepView) {
    println!("── {} ──", v.step);
    match &v.scene {
        SceneView::Desktop { page } => println!("[desktop] {}", p(page)),
        SceneView::BrowserLocker {
            title,
            body,
            phone,
            countdown_secs,
            alarm,
            voice,
        } => {
            println!(
                "[browser locker{}] {}",
                if *alarm { ", alarm sounding" } else { "" },
                p(title)
            );
            println!("  {}", p(body));
            if phone.is_empty() {
                println!("  (no phone number)   countdown: {countdown_secs}s");
            } else {
                println!("  phone: {}   countdown: {countdown_secs}s", p(phone));
            }
            if let Some(v) = voice {
                println!("  voice: {}", p(v));
            }
        }
        // Where the region shows the number only, the caller ID is the number.
        SceneView::IncomingCall { caller_id, number } => println!(
            "[phone ringing] {} {}",
            p(caller_id),
            number
                .as_deref()
                .filter(|n| n != caller_id)
                .map(p)
                .unwrap_or_default()
        ),
        SceneView::Call { caller, number } => println!(
            "[call] {} {}",
            p(caller),
            number
                .as_deref()
                .filter(|n| n != caller)
                .map(p)
                .unwrap_or_default()
        ),
        SceneView::Email {
            from,
            subject,
            body,
        } => println!("[e-mail] from {}: {}\n  {}", p(from), p(subject), p(body)),
        SceneView::Chat { from, body } => println!("[chat] {}: {}", p(from), p(body)),
        SceneView::RemoteTool {
            tool, code, prompt, ..
        } => {
            println!("[{}] session code {}\n  {}", p(tool), p(code), p(prompt))
        }
        SceneView::RemoteControl { tool, body } => {
            println!("[{} — remote control] {}", p(tool), p(body))
        }
        SceneView::Proof { proof, title, body } => {
            println!("[{proof:?}] {}\n  {}", p(title), p(body))
        }
        SceneView::Payment {
            method,
            amount,
            body,
            brand,
        } => println!(
            "[payment: {}{}, {}] {}",
            method.name(),
            brand
                .as_deref()
                .map(|b| format!(" ({})", p(b)))
                .unwrap_or_default(),
            p(amount),
            p(body)
        ),
        SceneView::Banking { body, dev_tools } => {
            println!("[online banking] {}", p(body));
            if let Some(d) = dev_tools {
                println!(
                    "  [developer tools] balance edited: {} → {}",
                    p(&d.before),
                    p(&d.after)
                );
                if let Some(n) = &d.note {
                    println!("  {}", p(n));
                }
            }
        }
        SceneView::CommandPrompt {
            body,
            command,
            title,
        } => {
            let title = title
                .as_deref()
                .map(|t| format!(" {}", p(t)))
                .unwrap_or_default();
            println!(
                "[command prompt]{title}\n  C:\\> {}\n  {}",
                p(command),
                p(body)
            )
        }
        SceneView::WebShop {
            product,
            price,
            body,
        } => println!("[web shop] {} — {}\n  {}", p(product), p(price), p(body)),
        SceneView::Doorstep {
            visitor,
            body,
            method,
            amount,
        } => println!(
            "[at the door: {}, {}] {}\n  {}",
            method.name(),
            p(amount),
            p(visitor),
            p(body)
        ),
        SceneView::PostOffice { body, amount } => {
            println!("[post office: cash-by-post, {}] {}", p(amount), p(body))
        }
        SceneView::CryptoAtm {
            body,
            amount,
            address,
        } => println!(
            "[crypto ATM, {}] wallet {}\n  {}",
            p(amount),
            p(address),
            p(body)
        ),
        SceneView::Narration { body } => println!("{}", p(body)),
    }
    for l in &v.lines {
        println!("  {}: {}", p(&l.speaker), p(&l.text));
    }
    for l in &v.later {
        println!(
            "  (after {}s) {}: {}",
            l.after_secs.unwrap_or(0),
            p(&l.speaker),
            p(&l.text)
        );
    }
    for h in &v.hotspots {
        println!(
            "  ⚑ {} [{}]{}",
            p(&h.label),
            h.id,
            if h.marked { " (marked)" } else { "" }
        );
    }
    for (i, c) in v.choices.iter().enumerate() {
        println!("  {}) {} [{}]", i + 1, p(&c.label), c.id);
    }
    if let Some(secs) = v.timeout_secs
        && v.ending.is_none()
    {
        println!("  ⏱ {secs}s (`@timeout` lets it run out)");
    }
    if let Some(e) = &v.ending {
        println!("  ■ {}", p(e));
    }
}

/// Print a debrief.
pub fn print_debrief(d: &Debrief) {
    println!("══ {} ══", p(&d.title));
    println!("{}", p(&d.verdict));
    println!("{}", p(&d.summary));
    println!("{}{}", p(&d.score_line), if d.passed { " ✔" } else { " ✘" });
    for n in &d.decisions {
        match &n.feedback {
            Some(f) => println!("  • {} — {}", p(&n.choice), p(f)),
            None => println!("  • {}", p(&n.choice)),
        }
    }
    for f in &d.red_flags {
        println!(
            "  {} {}: {}",
            if f.spotted { "✔" } else { "○" },
            p(&f.label),
            p(&f.why)
        );
    }
    for f in &d.false_flags {
        println!("  ✘ false flag: {} (at {})", f.element, f.step);
    }
    for l in &d.lessons {
        println!("  → {}", p(l));
    }
    println!("{}", p(&d.report));
}
