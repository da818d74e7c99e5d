//! A render-ready, localized description of the run's current step. The CLI
//! prints it; the GUI draws it. Neither needs to know the scenario model.

use serde::Serialize;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::model::{Caller, Dial, PaymentMethod, ProofKind, Scene, Via};
use crate::runner::Run;
use crate::text::RunText;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SceneView {
    Desktop {
        page: String,
    },
    BrowserLocker {
        title: String,
        body: String,
        /// Empty for a pop-up without a phone number.
        phone: String,
        countdown_secs: u32,
        alarm: bool,
        voice: Option<String>,
    },
    /// The phone ringing. `caller_id` is what its screen shows as the
    /// trainee's region shows it: a saved contact's name, the carrier's name
    /// (US), the number itself (equal to `number`), or the words for a
    /// withheld number (`number` then `None`).
    IncomingCall {
        caller_id: String,
        number: Option<String>,
    },
    /// A call in progress; `caller` follows the same rule as `caller_id`.
    Call {
        caller: String,
        number: Option<String>,
    },
    Email {
        from: String,
        subject: String,
        body: String,
    },
    Chat {
        from: String,
        body: String,
    },
    RemoteTool {
        tool: String,
        code: String,
        prompt: String,
        /// The look the pack asks for (`None`: the GUI tells by the choices).
        style: Option<crate::model::RemoteStyle>,
        /// The password a QuickSupport-like window shows beside its ID.
        password: Option<String>,
    },
    RemoteControl {
        tool: String,
        body: String,
    },
    Proof {
        proof: ProofKind,
        title: String,
        body: String,
    },
    Payment {
        method: PaymentMethod,
        amount: String,
        body: String,
        /// The brand to show: the pack's regional brand message, else the
        /// voucher's own brand; `None` for other methods.
        brand: Option<String>,
    },
    Banking {
        body: String,
        /// The balance edited in the developer tools (the refund trick).
        dev_tools: Option<DevToolsView>,
    },
    CommandPrompt {
        body: String,
        command: String,
        title: Option<String>,
    },
    WebShop {
        product: String,
        price: String,
        body: String,
    },
    Doorstep {
        visitor: String,
        body: String,
        method: PaymentMethod,
        amount: String,
    },
    PostOffice {
        body: String,
        amount: String,
    },
    CryptoAtm {
        body: String,
        amount: String,
        address: String,
    },
    Narration {
        body: String,
    },
}

/// The bank page's balance before and after the edit in developer tools.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DevToolsView {
    pub before: String,
    pub after: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineView {
    /// The line's element id (its text's message id): what a flag names.
    pub id: String,
    pub speaker: String,
    pub text: String,
    /// The voice to play when the line is said: its checked, canonical file
    /// (the line's own `voice` file, else `media/<tag>/<text id>.wav` for the
    /// first locale of the run's fallback chain that has one); `None`: the
    /// caption alone.
    #[serde(serialize_with = "lossy_path")]
    pub voice: Option<PathBuf>,
    /// A pressure line: said this many seconds after entering the step.
    pub after_secs: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HotspotView {
    pub id: String,
    pub label: String,
    pub marked: bool,
    /// Element ids of the scene bound to this flag (marking one is a hit).
    pub elements: Vec<String>,
}

/// The act that takes a choice, ready for the screen: numbers and texts
/// in the trainee's locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "via", rename_all = "kebab-case")]
pub enum ViaView {
    Press,
    Say,
    Answer,
    Decline,
    HangUp,
    /// The number to dial, as the locale writes it.
    Dial {
        number: String,
    },
    CloseBrowser,
    CloseWindow,
    /// The text to type (the dictated command, the code).
    Type {
        text: String,
    },
    WifiOff,
    PowerOff,
}

impl ViaView {
    /// True when the act shows the choice's label on screen.
    pub fn shows_label(&self) -> bool {
        matches!(self, ViaView::Press | ViaView::Say)
    }
}

/// The call in progress: who is on the line, as the phone shows them
/// (`caller` equals `number` where the region shows the number only).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallView {
    pub caller: String,
    pub number: Option<String>,
}

/// An official number the trainee can find and dial (`Caller::found`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfficialView {
    pub caller: String,
    pub name: String,
    pub number: String,
    pub found: Vec<crate::model::Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChoiceView {
    pub id: String,
    pub label: String,
    /// The act of the world that takes it.
    pub via: ViaView,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepView {
    pub step: String,
    pub rtl: bool,
    pub scene: SceneView,
    /// What has been said so far (pressure lines once they are due).
    pub lines: Vec<LineView>,
    /// Pressure lines not due yet (the run's clock has not reached them).
    pub later: Vec<LineView>,
    pub hotspots: Vec<HotspotView>,
    pub choices: Vec<ChoiceView>,
    /// The ending's summary when this step ends the run.
    pub ending: Option<String>,
    /// The step's countdown (seconds from entering it), if it has one.
    pub timeout_secs: Option<u32>,
    /// The call in progress, if someone is on the line.
    pub call: Option<CallView>,
    /// Official numbers the trainee can find (card, contacts, site, intranet).
    pub directory: Vec<OfficialView>,
    /// Elements a flag may name at this step (the scene's, its lines', its buttons').
    pub elements: Vec<String>,
    /// The scene's own voice, repeated while the scene is up: the browser
    /// locker's `voice` message as `media/<tag>/<id>.wav` for the first
    /// locale of the run's fallback chain that has one (checked, canonical).
    #[serde(serialize_with = "lossy_path")]
    pub scene_voice: Option<PathBuf>,
}

/// A voice path as text (lossy, for transcripts and JSON).
fn lossy_path<S: serde::Serializer>(p: &Option<PathBuf>, s: S) -> Result<S::Ok, S::Error> {
    match p {
        Some(p) => s.serialize_some(&p.to_string_lossy()),
        None => s.serialize_none(),
    }
}

/// Formats a pack message id, or a variable by name.
type Fmt<'a> = &'a dyn Fn(&str) -> String;

struct Words<'a> {
    msg: Fmt<'a>,
    var: Fmt<'a>,
    /// The trainee's region's phones show a caller's name from the carrier
    /// (`CallerId::NameAndNumber`, the US); elsewhere the number only.
    caller_names: bool,
    /// What the phone shows for a call without a number, in the UI's words.
    withheld: String,
}

impl Words<'_> {
    fn pack(&self, id: &str) -> String {
        (self.msg)(id)
    }
    fn var(&self, name: &str) -> String {
        (self.var)(name)
    }
}

/// The digits of a number as dialled (`020 7946 0123` → `02079460123`), in
/// whatever script the locale writes them.
fn dialled(number: &str) -> String {
    number.chars().filter(|c| c.is_numeric()).collect()
}

/// What a phone shows of a call: its caller ID (the headline) and the
/// number beneath it (`None` when there is none). A saved contact's name
/// shows whenever the number matches one, in every region: that is what
/// makes a spoofed bank number so convincing. Otherwise the region decides:
/// a carrier's name (`name`, the pack's caller ID) where phones show one,
/// else the number itself. A phone ringing with no number shows the
/// region's words for a withheld one (a call in progress without a number,
/// perhaps one the trainee dialled, keeps the pack's name). An app call
/// (`Caller::app`) shows its display name.
fn phone_shows(
    name: String,
    number: Option<String>,
    ringing: bool,
    app: bool,
    callers: &BTreeMap<String, Caller>,
    t: &Words<'_>,
) -> (String, Option<String>) {
    if app {
        return (name, number);
    }
    let Some(n) = number else {
        return (if ringing { t.withheld.clone() } else { name }, None);
    };
    let digits = dialled(&n);
    let contact = callers.values().find(|c| {
        c.in_contacts()
            && !digits.is_empty()
            && c.number_var
                .as_ref()
                .is_some_and(|v| dialled(&t.var(v)) == digits)
    });
    match contact {
        Some(c) => (t.pack(&c.name), Some(n)),
        None if t.caller_names => (name, Some(n)),
        None => (n.clone(), Some(n)),
    }
}

fn scene_view(scene: &Scene, callers: &BTreeMap<String, Caller>, t: &Words<'_>) -> SceneView {
    let opt_var = |v: &Option<String>| v.as_ref().map(|n| t.var(n));
    // A call scene naming a caller of the table shows that caller's own
    // name, caller ID and number; the scene's own fields win where given.
    let caller = |who: &Option<String>| who.as_ref().and_then(|w| callers.get(w));
    let or_msg = |own: &str, fallback: Option<&str>| match (own, fallback) {
        ("", Some(f)) => t.pack(f),
        (own, _) => t.pack(own),
    };
    match scene {
        Scene::Desktop { page } => SceneView::Desktop { page: t.pack(page) },
        Scene::BrowserLocker {
            title,
            body,
            phone_var,
            countdown_secs,
            alarm,
            voice,
        } => SceneView::BrowserLocker {
            title: t.pack(title),
            body: t.pack(body),
            phone: if phone_var.is_empty() {
                String::new()
            } else {
                t.var(phone_var)
            },
            countdown_secs: *countdown_secs,
            alarm: *alarm,
            voice: voice.as_ref().map(|v| t.pack(v)),
        },
        Scene::IncomingCall {
            caller_id,
            caller_number_var,
            who,
        } => {
            let c = caller(who);
            let (caller_id, number) = phone_shows(
                or_msg(
                    caller_id,
                    c.map(|c| c.caller_id.as_deref().unwrap_or(&c.name)),
                ),
                opt_var(caller_number_var).or_else(|| c.and_then(|c| opt_var(&c.number_var))),
                true,
                c.is_some_and(|c| c.app),
                callers,
                t,
            );
            SceneView::IncomingCall { caller_id, number }
        }
        Scene::Call {
            caller: name,
            caller_number_var,
            who,
        } => {
            let c = caller(who);
            let (caller, number) = phone_shows(
                or_msg(name, c.map(|c| c.name.as_str())),
                opt_var(caller_number_var).or_else(|| c.and_then(|c| opt_var(&c.number_var))),
                false,
                c.is_some_and(|c| c.app),
                callers,
                t,
            );
            SceneView::Call { caller, number }
        }
        Scene::Email {
            from,
            subject,
            body,
        } => SceneView::Email {
            from: t.pack(from),
            subject: t.pack(subject),
            body: t.pack(body),
        },
        Scene::Chat { from, body } => SceneView::Chat {
            from: t.pack(from),
            body: t.pack(body),
        },
        Scene::RemoteTool {
            tool_var,
            code_var,
            prompt,
            style,
            password_var,
        } => SceneView::RemoteTool {
            tool: t.var(tool_var),
            code: t.var(code_var),
            prompt: t.pack(prompt),
            style: *style,
            password: opt_var(password_var),
        },
        Scene::RemoteControl { tool_var, body } => SceneView::RemoteControl {
            tool: t.var(tool_var),
            body: t.pack(body),
        },
        Scene::Proof { kind, title, body } => SceneView::Proof {
            proof: *kind,
            title: t.pack(title),
            body: t.pack(body),
        },
        Scene::Payment {
            method,
            amount_var,
            body,
            brand,
        } => SceneView::Payment {
            method: *method,
            amount: t.var(amount_var),
            body: t.pack(body),
            brand: match (brand, method) {
                (Some(b), _) => Some(t.pack(b)),
                (None, PaymentMethod::Voucher(k)) => Some(k.brand().to_owned()),
                (None, _) => None,
            },
        },
        Scene::Banking { body, dev_tools } => SceneView::Banking {
            body: t.pack(body),
            dev_tools: dev_tools.as_ref().map(|d| DevToolsView {
                before: t.var(&d.before_var),
                after: t.var(&d.after_var),
                note: d.note.as_ref().map(|n| t.pack(n)),
            }),
        },
        Scene::CommandPrompt {
            body,
            command,
            title,
        } => SceneView::CommandPrompt {
            body: t.pack(body),
            command: t.pack(command),
            title: title.as_ref().map(|x| t.pack(x)),
        },
        Scene::WebShop {
            product,
            price_var,
            body,
        } => SceneView::WebShop {
            product: t.pack(product),
            price: t.var(price_var),
            body: t.pack(body),
        },
        Scene::Doorstep {
            visitor,
            body,
            method,
            amount_var,
        } => SceneView::Doorstep {
            visitor: t.pack(visitor),
            body: t.pack(body),
            method: *method,
            amount: t.var(amount_var),
        },
        Scene::PostOffice { body, amount_var } => SceneView::PostOffice {
            body: t.pack(body),
            amount: t.var(amount_var),
        },
        Scene::CryptoAtm {
            body,
            amount_var,
            address_var,
        } => SceneView::CryptoAtm {
            body: t.pack(body),
            amount: t.var(amount_var),
            address: t.var(address_var),
        },
        Scene::Narration { body } => SceneView::Narration { body: t.pack(body) },
    }
}

impl StepView {
    /// Describe the run's current step; `None` only for a run on an
    /// unchecked pack whose current step is missing. Messages are formatted
    /// without the run state: `Play::view` formats with it.
    pub fn of(run: &Run, t: &RunText) -> Option<StepView> {
        StepView::with(run, t, &|id| t.pack(id), &|v| t.var(v))
    }

    /// Describe the current step with `msg` formatting pack messages and
    /// `var` writing variables.
    pub fn with(run: &Run, t: &RunText, msg: Fmt<'_>, var: Fmt<'_>) -> Option<StepView> {
        let step = run.current()?;
        let w = Words {
            msg,
            var,
            caller_names: t.context().regional.iter().any(|(k, v)| {
                k == "caller-id" && v == crate::locale::CallerId::NameAndNumber.key()
            }),
            withheld: t.ui("play-caller-withheld", &[]),
        };
        let state = run.state();
        let at_step_ms = run.now_ms().saturating_sub(run.entered_ms());
        let offered = run.available_choices();
        let ending = run.ending().or(step.ending.as_ref());
        let lines: Vec<_> = step
            .lines
            .iter()
            .filter(|l| l.when.as_ref().is_none_or(|c| c.holds(state)))
            .collect();
        let due = |l: &&crate::model::Line| {
            l.after_secs
                .is_none_or(|s| at_step_ms >= u64::from(s) * 1000)
        };
        // Voices: the run's locale fallback chain among the pack's locales. A
        // refused file (the checker reports it) leaves the caption alone.
        let pack = run.pack();
        let chain = crate::locale::fallback_chain(run.locale(), &pack.scenario.locales);
        let line = |l: &&crate::model::Line| LineView {
            id: l.text.clone(),
            speaker: w.pack(&l.speaker),
            text: w.pack(&l.text),
            voice: pack.line_voice(l, &chain).ok().flatten(),
            after_secs: l.after_secs,
        };
        Some(StepView {
            step: run.current_id().to_owned(),
            rtl: t.is_rtl(),
            scene: scene_view(&step.scene, &run.pack().scenario.callers, &w),
            lines: lines.iter().filter(|l| due(l)).map(line).collect(),
            later: lines.iter().filter(|l| !due(l)).map(line).collect(),
            hotspots: step
                .hotspots
                .iter()
                .map(|h| HotspotView {
                    id: h.id.clone(),
                    label: w.pack(&h.label),
                    marked: run.marked().contains(&h.id),
                    elements: h.element_ids().into_iter().map(str::to_owned).collect(),
                })
                .collect(),
            choices: if step.ending.is_some() {
                Vec::new()
            } else {
                step.choices
                    .iter()
                    .filter(|c| offered.contains(&c.id.as_str()))
                    .map(|c| ChoiceView {
                        id: c.id.clone(),
                        label: w.pack(&c.label),
                        via: via_view(c.via_or_default(), &run.pack().scenario, &w),
                    })
                    .collect()
            },
            ending: ending.map(|e| w.pack(&e.summary)),
            timeout_secs: step.timeout.as_ref().map(|t| t.after_secs),
            call: call_in_progress(run, &w),
            directory: directory(&run.pack().scenario, &w),
            elements: step.element_ids().into_iter().map(str::to_owned).collect(),
            scene_voice: match &step.scene {
                crate::model::Scene::BrowserLocker {
                    voice: Some(id), ..
                } => pack.locale_voice(id, &chain).ok().flatten(),
                _ => None,
            },
        })
        .map(|mut v| {
            seeded_order(&mut v.choices, run.seed(), run.current_id());
            v
        })
    }
}

fn via_view(via: &Via, s: &crate::model::Scenario, w: &Words<'_>) -> ViaView {
    match via {
        Via::Press => ViaView::Press,
        Via::Say => ViaView::Say,
        Via::Answer => ViaView::Answer,
        Via::Decline => ViaView::Decline,
        Via::HangUp => ViaView::HangUp,
        Via::Dial(Dial::Var(v)) => ViaView::Dial { number: w.var(v) },
        Via::Dial(Dial::Caller(c)) => ViaView::Dial {
            number: s
                .callers
                .get(c)
                .and_then(|c| c.number_var.as_ref())
                .map(|v| w.var(v))
                .unwrap_or_default(),
        },
        Via::CloseBrowser => ViaView::CloseBrowser,
        Via::CloseWindow => ViaView::CloseWindow,
        Via::Type(m) => ViaView::Type { text: w.pack(m) },
        Via::WifiOff => ViaView::WifiOff,
        Via::PowerOff => ViaView::PowerOff,
    }
}

/// Who is on the line now: the caller of the last call scene entered, unless
/// a choice since then ended the call (or the story left the PC).
fn call_in_progress(run: &Run, w: &Words<'_>) -> Option<CallView> {
    let s = &run.pack().scenario;
    let mut call: Option<&Scene> = None;
    for e in run.events() {
        match e {
            crate::runner::Event::Enter { step, .. } => {
                let Some(st) = s.step(step) else { continue };
                match &st.scene {
                    Scene::Call { .. } => call = Some(&st.scene),
                    Scene::IncomingCall { .. } | Scene::Narration { .. } => call = None,
                    _ => {}
                }
            }
            crate::runner::Event::Choose { step, choice, .. }
                if s.step(step)
                    .and_then(|st| st.choice(choice))
                    .is_some_and(|c| c.ends_call()) =>
            {
                call = None;
            }
            _ => {}
        }
    }
    match scene_view(call?, &s.callers, w) {
        SceneView::Call { caller, number } => Some(CallView { caller, number }),
        _ => None,
    }
}

fn directory(s: &crate::model::Scenario, w: &Words<'_>) -> Vec<OfficialView> {
    s.callers
        .iter()
        .filter(|(_, c)| !c.found.is_empty())
        .filter_map(|(id, c)| {
            Some(OfficialView {
                caller: id.clone(),
                name: w.pack(&c.name),
                number: w.var(c.number_var.as_ref()?),
                found: c.found.clone(),
            })
        })
        .collect()
}

/// Replies and buttons in an order drawn from the run's seed and the step,
/// so neither position nor the pack's order marks the safe act.
fn seeded_order(choices: &mut [ChoiceView], seed: u64, step: &str) {
    let key = |id: &str| {
        // FNV-1a over seed, step and choice id: stable across platforms.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
        for b in step.bytes().chain([0]).chain(id.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    };
    choices.sort_by_key(|c| key(&c.id));
}
