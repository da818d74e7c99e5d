//! Play: the scene as the real thing on the left (right in RTL), the phone,
//! captions, choices and red flags beside it. Drawn from the engine's
//! [`StepView`]; every button sends a command back.

use bevy::prelude::*;

use super::Ctx;
use crate::gui::focus::Autofocus;
use crate::gui::scenes::{Anim, desktop, flags, locker, phone, playbook, task_manager, windows};
use crate::gui::state::{Gui, Screen, UiCommand};
use crate::gui::theme::{self, Look};
use crate::locale::bidi::strip_marks;
use crate::view::{SceneView, StepView};

pub fn plugin(app: &mut App) {
    app.add_systems(Update, animate.run_if(in_state(Screen::Play)));
}

/// Simulated wall clock in the task bar: 10:42 plus the run's minutes.
fn clock(gui: &Gui) -> String {
    let ms = gui
        .play
        .as_ref()
        .and_then(|p| p.run.events().last())
        .map_or(0, crate::runner::Event::at_ms);
    let mins = 10 * 60 + 42 + ms / 60_000;
    format!("{:02}:{:02}", (mins / 60) % 24, mins % 60)
}

pub fn build(main: &mut ChildSpawnerCommands, ctx: &Ctx) {
    let th = &ctx.theme;
    let Some(play) = ctx.gui.play.as_ref() else {
        return;
    };
    let Some(view) = play.view() else { return };
    let is_call = matches!(
        view.scene,
        SceneView::IncomingCall { .. } | SceneView::Call { .. }
    );
    main.spawn(Node {
        width: percent(100),
        height: percent(100),
        flex_direction: FlexDirection::Row,
        direction: th.direction(),
        ..default()
    })
    .with_children(|row| {
        // The scene.
        row.spawn((
            Node {
                flex_grow: 1.0,
                flex_basis: px(0),
                min_width: px(0),
                flex_direction: FlexDirection::Column,
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(Color::srgb(0.20, 0.42, 0.62)),
        ))
        .with_children(|scene| {
            scene
                .spawn(Node {
                    flex_grow: 1.0,
                    width: percent(100),
                    min_height: px(0),
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::all(px(14)),
                    direction: th.direction(),
                    ..default()
                })
                .with_children(|area| draw_scene(area, ctx, &view));
            if !matches!(view.scene, SceneView::BrowserLocker { .. }) {
                desktop::taskbar(scene, ctx, &clock(ctx.gui));
            }
        });
        // The side: phone or captions, choices, red flags.
        row.spawn((
            Node {
                width: percent(34),
                min_width: px(300),
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                padding: UiRect::all(px(12)),
                overflow: Overflow::scroll_y(),
                direction: th.direction(),
                ..default()
            },
            BackgroundColor(theme::BG),
        ))
        .with_children(|side| {
            if let Some(r) = &ctx.gui.reveal {
                reveal(side, ctx, play, r);
                return;
            }
            if ctx.gui.facilitator && !view.choices.is_empty() {
                side.spawn(th.card()).with_children(|c| {
                    c.spawn(th.heading(ctx.t("facilitator-discuss"), 20.0, theme::ACCENT));
                });
            }
            if let (SceneView::IncomingCall { caller_id, number }, _)
            | (
                SceneView::Call {
                    caller: caller_id,
                    number,
                },
                _,
            ) = (&view.scene, ())
            {
                phone::draw(
                    side,
                    ctx,
                    &phone::Phone {
                        ringing: matches!(view.scene, SceneView::IncomingCall { .. }),
                        caller: caller_id,
                        number: number.as_deref(),
                        lines: &view.lines,
                        choices: &view.choices,
                    },
                );
            } else {
                for l in &view.lines {
                    side.spawn(th.card()).with_children(|c| {
                        c.spawn(th.para(
                            ctx.ta("play-caller-says", &[("speaker", strip_marks(&l.speaker))]),
                            14.0,
                            theme::MUTED,
                        ));
                        c.spawn(th.para(l.text.clone(), 17.0, theme::INK));
                    });
                }
                if !view.choices.is_empty() {
                    side.spawn(th.card()).with_children(|c| {
                        c.spawn(th.heading(ctx.t("play-choices"), 18.0, theme::INK));
                        for ch in &view.choices {
                            let look = if ch.hangs_up {
                                Look::Danger
                            } else {
                                Look::Plain
                            };
                            c.spawn(th.button(
                                ch.label.clone(),
                                UiCommand::Choose(ch.id.clone()),
                                look,
                            ));
                        }
                    });
                }
            }
            if view.ending.is_some() {
                side.spawn((
                    th.button(
                        ctx.t("play-continue"),
                        UiCommand::ShowJudgement,
                        Look::Primary,
                    ),
                    Autofocus,
                ));
            }
            flags::draw(side, ctx, &view.hotspots);
            let _ = is_call;
        });
    });
    if ctx.gui.task_manager_open {
        let browser_open = view.choices.iter().any(|c| c.task_manager);
        task_manager::draw(main, ctx, browser_open);
    }
}

/// Facilitator mode: what the group chose, its feedback and the red flags
/// of the step just left, before the story goes on.
fn reveal(
    side: &mut ChildSpawnerCommands,
    ctx: &Ctx,
    play: &crate::play::Play,
    r: &crate::gui::state::Reveal,
) {
    let th = &ctx.theme;
    let Some(step) = play.run.pack().scenario.step(&r.step) else {
        return;
    };
    side.spawn(th.card()).with_children(|c| {
        c.spawn(th.heading(ctx.t("facilitator-reveal"), 20.0, theme::ACCENT));
        if let Some(choice) = step.choice(&r.choice) {
            c.spawn(th.para(
                format!("→ {}", strip_marks(&play.text.pack(&choice.label))),
                17.0,
                theme::INK,
            ));
            if let Some(f) = &choice.feedback {
                c.spawn(th.para(play.text.pack(f), 16.0, theme::MUTED));
            }
        }
        for h in &step.hotspots {
            c.spawn(th.para(
                format!("⚑ {}", strip_marks(&play.text.pack(&h.label))),
                16.0,
                theme::DANGER,
            ));
            c.spawn(th.para(play.text.pack(&h.why), 15.0, theme::INK));
        }
    });
    side.spawn((
        th.button(
            ctx.t("play-continue"),
            UiCommand::DismissReveal,
            Look::Primary,
        ),
        Autofocus,
    ));
}

fn draw_scene(area: &mut ChildSpawnerCommands, ctx: &Ctx, view: &StepView) {
    match &view.scene {
        SceneView::Desktop { page } => {
            desktop::browser(area, ctx, "https://www.everyday-recipes.example", |w| {
                w.spawn(ctx.theme.para(page.clone(), 18.0, theme::INK));
            })
        }
        SceneView::BrowserLocker {
            title,
            body,
            phone,
            countdown_secs,
            voice,
            ..
        } => {
            locker::draw(
                area,
                ctx,
                &locker::Locker {
                    title,
                    body,
                    phone,
                    countdown_secs: *countdown_secs,
                    voice: voice.as_deref(),
                },
            );
        }
        SceneView::IncomingCall { .. } | SceneView::Call { .. } => {
            desktop::browser(area, ctx, "https://www.everyday-recipes.example", |_| {})
        }
        SceneView::Email {
            from,
            subject,
            body,
        } => windows::email(area, ctx, from, subject, body),
        SceneView::Chat { from, body } => windows::chat(area, ctx, from, body),
        SceneView::RemoteTool { tool, code, prompt } => {
            windows::remote_tool(area, ctx, tool, code, prompt)
        }
        SceneView::RemoteControl { tool, body } => windows::remote_control(area, ctx, tool, body),
        SceneView::Proof { proof, title, body } => windows::proof(area, ctx, *proof, title, body),
        SceneView::Payment {
            method,
            amount,
            body,
            brand,
        } => {
            // A voucher shows its (regional) brand next to the amount.
            let amount = match brand {
                Some(b) => format!("{amount} · {b}"),
                None => amount.clone(),
            };
            windows::payment(area, ctx, *method, &amount, body)
        }
        SceneView::Banking {
            body,
            dev_tools: None,
        } => windows::banking(area, ctx, body),
        SceneView::Banking {
            body,
            dev_tools: Some(d),
        } => playbook::banking_dev_tools(area, ctx, body, d),
        SceneView::CommandPrompt {
            body,
            command,
            title,
        } => playbook::command_prompt(area, ctx, title.as_deref(), body, command),
        SceneView::WebShop {
            product,
            price,
            body,
        } => playbook::web_shop(area, ctx, product, price, body),
        SceneView::Doorstep {
            visitor,
            body,
            method,
            amount,
        } => playbook::doorstep(area, ctx, visitor, body, *method, amount),
        SceneView::PostOffice { body, amount } => playbook::post_office(area, ctx, body, amount),
        SceneView::CryptoAtm {
            body,
            amount,
            address,
        } => playbook::crypto_atm(area, ctx, body, amount, address),
        SceneView::Narration { body } => {
            windows::narration(area, ctx, body, view.ending.as_deref())
        }
    }
}

/// What an animation may change on its node.
type AnimTargets<'w, 's> = Query<
    'w,
    's,
    (
        &'static Anim,
        Option<&'static mut BackgroundColor>,
        Option<&'static mut Text>,
        Option<&'static mut Node>,
    ),
>;

/// Animations run from the step's start; while any is on screen the app asks
/// for frames at a steady pace (see `gui::pacing`); otherwise it idles.
fn animate(
    gui: Res<Gui>,
    time: Res<Time<Real>>,
    mut anims: AnimTargets,
    mut last_second: Local<u64>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
    mut last_frame: Local<u64>,
) {
    if anims.is_empty() {
        return;
    }
    let entered = gui
        .play
        .as_ref()
        .and_then(|p| {
            p.run.events().iter().rev().find_map(|e| match e {
                crate::runner::Event::Enter { at_ms, .. } => Some(*at_ms),
                _ => None,
            })
        })
        .unwrap_or(0);
    let now = time.elapsed().as_millis() as u64;
    let since = now.saturating_sub(gui.play_started_ms + entered);
    let t = since as f32 / 1000.0;
    let mut moving = false;
    let second = since / 1000;
    for (anim, bg, text, node) in &mut anims {
        match anim {
            Anim::Pulse => {
                if let Some(mut bg) = bg {
                    bg.0 = theme::DANGER.with_alpha(0.65 + 0.35 * (t * 4.0).sin().abs());
                    moving = true;
                }
            }
            Anim::Countdown { secs } => {
                if second != *last_second
                    && let Some(mut text) = text
                {
                    let left = (*secs as u64).saturating_sub(second) as u32;
                    let words = gui.words();
                    text.0 = words.get("play-countdown", &[("time", locker::mmss(left))]);
                }
            }
            Anim::Progress { secs } => {
                if let Some(mut node) = node {
                    node.width = percent((t / secs).min(1.0) * 100.0);
                    moving = t < *secs;
                }
            }
            Anim::Pointer => {
                if let Some(mut node) = node {
                    node.left = percent(40.0 + 25.0 * (t * 0.7).sin());
                    node.top = percent(45.0 + 20.0 * (t * 0.9).cos());
                    moving = true;
                }
            }
            Anim::Ring => {
                if let Some(mut node) = node {
                    node.left = px(if (t * 10.0).sin() > 0.0 { 2.0 } else { -2.0 });
                    moving = true;
                }
            }
        }
    }
    // At most 20 frames a second while something moves (see `gui::pacing`).
    if moving && now.saturating_sub(*last_frame) >= 50 {
        *last_frame = now;
        redraw.write(bevy::window::RequestRedraw);
    }
    *last_second = second;
}
