//! The browser: a window with a tab, back and reload, an address bar showing
//! the page's own address, bookmarks, and the page itself — an ordinary page,
//! the locker (full screen or, after holding Esc, in its window), a scanner
//! page, a payment page, the bank, a shop, or the new-tab page.

use bevy::prelude::*;

use super::window::{Chrome, window};
use super::{Anim, DeskCmd, Overlay, Pc};
use crate::act::WorldAct;
use crate::gui::state::UiCommand;
use crate::gui::theme::{self, DANGER, INK, MUTED};
use crate::locale::bidi::strip_marks;
use crate::model::{PaymentMethod, Place};
use crate::view::SceneView;

/// Which page the browser shows.
pub enum Page<'a> {
    Ordinary(&'a str),
    Locker,
    /// The new-tab page (while the phone rings or a call goes on).
    Start,
    Scanner,
    Payment,
    Bank,
    Shop,
}

impl Page<'_> {
    fn address(&self) -> &'static str {
        match self {
            Page::Ordinary(_) => "https://www.everyday-recipes.example/",
            Page::Locker => "https://defender-security-alert.example/warning.html",
            Page::Start => "",
            Page::Scanner => "https://pc-online-scan.example/scan",
            Page::Payment => "https://secure-payment-support.example/checkout",
            Page::Bank => "https://online.bank.example/accounts",
            Page::Shop => "https://pc-protection-store.example/checkout",
        }
    }
}

/// The browser window with `page`.
pub fn page_window(w: &mut ChildSpawnerCommands, pc: &Pc, page: Page) {
    let th = pc.th();
    let title = match &page {
        Page::Start => pc.t("pc-new-tab"),
        _ => pc.t("pc-browser"),
    };
    window(
        w,
        pc,
        &Chrome {
            icon: "◎",
            title: &title,
            bar: Color::srgb(0.22, 0.25, 0.31),
            close: WorldAct::CloseBrowser,
        },
        |b| {
            toolbar(b, pc, &page);
            b.spawn(Node {
                width: percent(100),
                flex_grow: 1.0,
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                direction: th.direction(),
                ..default()
            })
            .with_children(|p| page_content(p, pc, &page));
        },
    );
}

fn toolbar(b: &mut ChildSpawnerCommands, pc: &Pc, page: &Page) {
    let th = pc.th();
    b.spawn(Node {
        width: percent(100),
        column_gap: px(8),
        align_items: AlignItems::Center,
        // Mirrored in right-to-left locales, as browsers do; the address
        // itself still reads left to right.
        direction: th.direction(),
        ..default()
    })
    .with_children(|row| {
        let arrows = if th.rtl {
            ["→", "←", "⟳"]
        } else {
            ["←", "→", "⟳"]
        };
        for c in arrows {
            row.spawn(th.label(c, 16.0, MUTED, false));
        }
        let typing = !pc
            .choices(|v| matches!(v, crate::view::ViaView::Type { .. }))
            .is_empty()
            && matches!(pc.view.scene, SceneView::Desktop { .. });
        let shown = if typing && (pc.desk.input_focused || !pc.desk.typed.is_empty()) {
            format!("{}▌", pc.desk.typed)
        } else if page.address().is_empty() {
            pc.t("pc-address-placeholder")
        } else {
            page.address().to_owned()
        };
        let node = Node {
            flex_grow: 1.0,
            padding: UiRect::axes(px(10), px(3)),
            border_radius: BorderRadius::all(px(12)),
            direction: InlineDirection::Ltr,
            ..default()
        };
        let mut bar = pc.element(row, "address-bar", &shown, node, |a| {
            a.spawn(th.label(shown.clone(), 14.0, INK, false));
        });
        bar.insert(BackgroundColor(Color::srgb(0.91, 0.92, 0.94)));
        if typing && !pc.desk.flag_tool {
            bar.insert((
                bevy::ui_widgets::Button,
                crate::gui::theme::Act(UiCommand::Desk(DeskCmd::FocusInput)),
                bevy::input_focus::tab_navigation::TabIndex(0),
                bevy::ui::prelude::AccessibleLabel(pc.t("pc-address-bar")),
            ));
            if pc.desk.input_focused {
                bar.insert(crate::gui::focus::Autofocus);
            }
        }
    });
    // Bookmarks: the real sites whose numbers the trainee can look up.
    let sites: Vec<_> = pc
        .view
        .directory
        .iter()
        .filter(|d| d.found.contains(&Place::Website))
        .collect();
    if !sites.is_empty() {
        b.spawn(th.row(8.0)).with_children(|r| {
            for d in sites {
                r.spawn(th.control(
                    format!("☆ {}", strip_marks(&d.name)),
                    UiCommand::Desk(DeskCmd::Open(Overlay::Directory(Place::Website))),
                    Color::srgb(0.95, 0.95, 0.97),
                    INK,
                    13.0,
                ));
            }
        });
    }
}

fn page_content(p: &mut ChildSpawnerCommands, pc: &Pc, page: &Page) {
    let th = pc.th();
    match (page, &pc.view.scene) {
        (Page::Ordinary(text), _) => {
            pc.text(p, "page", text, 17.0, INK, false);
            pc.input(p, "", theme::PANEL, INK);
            pc.buttons(p, Color::srgb(0.93, 0.94, 0.96), INK);
        }
        (Page::Locker, _) => locker_page(p, pc),
        (Page::Start, _) => {
            p.spawn(th.heading(pc.t("pc-new-tab-search"), 20.0, MUTED));
            p.spawn(th.row(10.0)).with_children(|r| {
                for tile in [
                    "pc-tile-news",
                    "pc-tile-mail",
                    "pc-tile-weather",
                    "pc-tile-video",
                ] {
                    r.spawn((
                        Node {
                            width: px(110),
                            height: px(70),
                            justify_content: JustifyContent::Center,
                            align_items: AlignItems::Center,
                            border_radius: BorderRadius::all(px(8)),
                            direction: pc.th().direction(),
                            ..default()
                        },
                        BackgroundColor(Color::srgb(0.90, 0.92, 0.95)),
                    ))
                    .with_children(|t| {
                        t.spawn(th.label(pc.t(tile), 14.0, INK, false));
                    });
                }
            });
        }
        (Page::Scanner, SceneView::Proof { title, body, .. }) => {
            pc.icon(p, super::art::Piece::Shield, 56.0, DANGER);
            pc.text(p, "title", title, 21.0, DANGER, true);
            progress(p, pc, 12.0, DANGER);
            pc.text(p, "body", body, 16.0, INK, false);
            pc.buttons(p, DANGER, Color::WHITE);
        }
        (
            Page::Payment,
            SceneView::Payment {
                method,
                amount,
                body,
                brand,
            },
        ) => {
            p.spawn(th.heading(pc.t("pc-checkout"), 22.0, INK));
            let icon = match method {
                PaymentMethod::GiftCards | PaymentMethod::Voucher(_) => "▭ ▭ ▭",
                // The fonts have no ₿: the ticker, as wallets write it.
                PaymentMethod::Crypto | PaymentMethod::CryptoAtm => "BTC",
                PaymentMethod::BankTransfer => "⇄",
                PaymentMethod::Card => "▭",
                PaymentMethod::Gold => "Au",
                PaymentMethod::Cash | PaymentMethod::CashByPost | PaymentMethod::Courier => "✉",
            };
            let method_text = match brand {
                Some(b) => format!("{icon}  {}", strip_marks(b)),
                None => icon.to_owned(),
            };
            // A lone symbol has no direction of its own: it starts where
            // the page's reading starts (pc.text marks it).
            pc.text(p, "method", &method_text, 24.0, theme::ACCENT, true);
            let line = strip_marks(&pc.ctx.ta("play-amount", &[("amount", amount.clone())]));
            pc.text(p, "amount", &line, 24.0, INK, true);
            pc.text(p, "body", body, 17.0, INK, false);
            pc.buttons(p, theme::ACCENT, Color::WHITE);
        }
        (Page::Bank, SceneView::Banking { body, dev_tools }) => {
            p.spawn(th.heading(pc.t("play-bank"), 22.0, Color::srgb(0.0, 0.35, 0.3)));
            if let Some(d) = dev_tools {
                pc.ltr_line(p, "balance", &d.after, 30.0, theme::SAFE, true);
            }
            pc.text(p, "body", body, 17.0, INK, false);
            pc.input(p, "", theme::PANEL, INK);
            pc.buttons(p, Color::srgb(0.0, 0.35, 0.3), Color::WHITE);
            if let Some(d) = dev_tools {
                dev_tools_pane(p, pc, d);
            }
        }
        (
            Page::Shop,
            SceneView::WebShop {
                product,
                price,
                body,
            },
        ) => {
            pc.text(p, "product", product, 22.0, theme::ACCENT, true);
            p.spawn(th.label(
                th.shown(&format!("★★★★★  ✔ {}", pc.t("pc-shop-secure"))),
                16.0,
                Color::srgb(0.95, 0.65, 0.0),
                false,
            ));
            let line = strip_marks(&pc.ctx.ta("play-amount", &[("amount", price.clone())]));
            pc.text(p, "price", &line, 24.0, INK, true);
            pc.text(p, "body", body, 17.0, INK, false);
            pc.buttons(p, Color::srgb(0.95, 0.65, 0.0), INK);
        }
        _ => {}
    }
}

fn progress(p: &mut ChildSpawnerCommands, pc: &Pc, secs: f32, color: Color) {
    let th = pc.th();
    p.spawn((
        Node {
            width: percent(100),
            height: px(14),
            border: UiRect::all(px(1)),
            direction: th.direction(),
            ..default()
        },
        BorderColor::all(color),
    ))
    .with_children(|bar| {
        let mut fill = bar.spawn((
            Node {
                width: percent(35),
                height: percent(100),
                direction: pc.th().direction(),
                ..default()
            },
            BackgroundColor(color),
        ));
        if !th.reduced_motion {
            fill.insert(Anim::Progress { secs });
        }
    });
}

/// The developer-tools pane the "technician" opened on the bank page: the
/// page's source, nothing more. What it means is for the trainee to see.
fn dev_tools_pane(p: &mut ChildSpawnerCommands, pc: &Pc, d: &crate::view::DevToolsView) {
    let th = pc.th();
    let node = Node {
        width: percent(100),
        flex_direction: FlexDirection::Column,
        row_gap: px(6),
        padding: UiRect::all(px(10)),
        direction: InlineDirection::Ltr,
        ..default()
    };
    let src = format!(
        "<span id=\"balance\" contenteditable>{}</span>",
        strip_marks(&d.after)
    );
    let was = format!("<!-- {} -->", strip_marks(&d.before));
    let mut pane = pc.element(p, "dev-tools", &src, node, |dev| {
        dev.spawn(th.label(
            "Elements   Console   Sources   Network",
            13.0,
            Color::srgb(0.7, 0.75, 0.85),
            false,
        ));
        dev.spawn(th.label(
            "<div class=\"account\">",
            14.0,
            Color::srgb(0.55, 0.75, 0.95),
            false,
        ));
        dev.spawn(th.label(src.clone(), 14.0, Color::srgb(0.95, 0.85, 0.55), false));
        dev.spawn(th.label(was, 13.0, Color::srgb(0.5, 0.55, 0.6), false));
        dev.spawn(th.label("</div>", 14.0, Color::srgb(0.55, 0.75, 0.95), false));
    });
    pane.insert(BackgroundColor(Color::srgb(0.14, 0.15, 0.18)));
}

/// The locker's page: banner, message, number, countdown, fake scan.
fn locker_page(p: &mut ChildSpawnerCommands, pc: &Pc) {
    let SceneView::BrowserLocker {
        title,
        body,
        phone,
        countdown_secs,
        voice,
        ..
    } = &pc.view.scene
    else {
        return;
    };
    let th = pc.th();
    let node = Node {
        width: percent(100),
        flex_grow: 1.0,
        flex_direction: FlexDirection::Column,
        align_items: AlignItems::Center,
        justify_content: JustifyContent::Center,
        padding: UiRect::all(px(18)),
        row_gap: px(10),
        direction: th.direction(),
        ..default()
    };
    let mut page = pc.element(p, "full-screen", &strip_marks(title), node, |o| {
        let node = Node {
            width: percent(100),
            padding: UiRect::all(px(12)),
            border_radius: BorderRadius::all(px(4)),
            direction: th.direction(),
            ..default()
        };
        let mut header = pc.element(o, "title", title, node, |h| {
            let heading = th.shown(&format!("⚠ {}", strip_marks(title)));
            h.spawn(th.heading(heading, 24.0, Color::WHITE));
        });
        header.insert(BackgroundColor(DANGER));
        if !th.reduced_motion {
            header.insert(Anim::Pulse);
        }
        pc.text(o, "body", body, 18.0, Color::WHITE, false);
        if !phone.is_empty() {
            let node = Node {
                padding: UiRect::all(px(12)),
                border: UiRect::all(px(3)),
                direction: InlineDirection::Ltr,
                ..default()
            };
            let shown = strip_marks(phone);
            let mut b = pc.element(o, "phone", &shown, node, |x| {
                x.spawn(th.label(shown.clone(), 34.0, Color::WHITE, true));
            });
            b.insert((
                BorderColor::all(Color::WHITE),
                BackgroundColor(Color::srgba(0.0, 0.0, 0.0, 0.25)),
            ));
        }
        let left = crate::gui::pc::anim::mmss(*countdown_secs);
        let text = pc.ctx.ta("play-countdown", &[("time", left)]);
        let secs = *countdown_secs;
        let name = text.clone();
        pc.element(
            o,
            "countdown",
            &name,
            Node {
                direction: pc.th().direction(),
                ..default()
            },
            move |c| {
                c.spawn((
                    th.label(text.clone(), 20.0, Color::srgb(1.0, 0.85, 0.3), true),
                    Anim::Countdown { secs },
                ));
            },
        );
        progress(o, pc, 20.0, Color::srgb(1.0, 0.85, 0.3));
        if let Some(v) = voice {
            pc.text(
                o,
                "voice",
                &format!("♪ {}", strip_marks(v)),
                15.0,
                Color::srgb(0.85, 0.9, 1.0),
                false,
            );
        }
        pc.buttons(o, Color::srgb(0.95, 0.95, 0.95), theme::WARN_BG);
    });
    page.insert(BackgroundColor(theme::WARN_BG));
    if !pc.desk.alert_dismissed {
        alert(p, pc, title, phone);
    }
}

/// How long the page's alert stays away after OK, in milliseconds.
pub const ALERT_RETURNS_MS: u64 = 6000;

/// The page's "This page says…" dialog over the locker: the page's own
/// words and an OK that closes it, until the page opens it again (see
/// [`alert_returns`]).
fn alert(p: &mut ChildSpawnerCommands, pc: &Pc, title: &str, phone: &str) {
    let th = pc.th();
    let site = Page::Locker
        .address()
        .trim_start_matches("https://")
        .split('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let says = strip_marks(&pc.ctx.ta("pc-alert-says", &[("site", site)]));
    let message = strip_marks(title);
    let phone = strip_marks(phone);
    let node = Node {
        position_type: PositionType::Absolute,
        top: px(70),
        left: percent(25),
        width: percent(50),
        flex_direction: FlexDirection::Column,
        row_gap: px(10),
        padding: UiRect::all(px(16)),
        border: UiRect::all(px(1)),
        border_radius: BorderRadius::all(px(8)),
        direction: th.direction(),
        ..default()
    };
    let name = format!("{says} {message} {phone}");
    let mut dialog = pc.element(p, "alert", &name, node, |d| {
        d.spawn(th.heading(says.clone(), 15.0, INK));
        d.spawn(th.para(th.shown(&message), 15.0, INK));
        if !phone.is_empty() {
            // A number reads left to right in every locale.
            d.spawn(Node {
                width: percent(100),
                direction: th.direction(),
                ..default()
            })
            .with_children(|r| {
                r.spawn(Node {
                    direction: InlineDirection::Ltr,
                    ..default()
                })
                .with_children(|n| {
                    n.spawn(th.label(phone.clone(), 15.0, INK, false));
                });
            });
        }
        d.spawn(Node {
            width: percent(100),
            justify_content: JustifyContent::FlexEnd,
            direction: th.direction(),
            ..default()
        })
        .with_children(|r| {
            let cmd = if pc.desk.flag_tool {
                UiCommand::Mark("alert".to_owned())
            } else {
                UiCommand::Desk(DeskCmd::DismissAlert)
            };
            r.spawn(th.control(
                pc.t("pc-alert-ok"),
                cmd,
                Color::srgb(0.10, 0.45, 0.91),
                Color::WHITE,
                15.0,
            ));
        });
    });
    dialog.insert((
        // The browser draws its dialogs: the pointer shows over them.
        PointerShows,
        bevy::ui::RelativeCursorPosition::default(),
        BackgroundColor(Color::WHITE),
        BorderColor::all(Color::srgb(0.75, 0.76, 0.78)),
        BoxShadow::new(
            Color::srgba(0.0, 0.0, 0.0, 0.45),
            px(0),
            px(4),
            px(0),
            px(16),
        ),
        GlobalZIndex(6),
    ));
}

/// The page opens its alert again a few seconds after OK, as real lockers
/// do, while the locker stays up (without movement: it is simply there
/// again, which also suits reduced motion). A new step starts with it open.
pub fn alert_returns(
    time: Res<Time<Real>>,
    mut desk: ResMut<super::Desk>,
    mut gui: ResMut<crate::gui::state::Gui>,
    mut since: Local<Option<u64>>,
) {
    if !desk.alert_dismissed {
        *since = None;
        return;
    }
    let now = time.elapsed().as_millis() as u64;
    let start = *since.get_or_insert(now);
    if now.saturating_sub(start) >= ALERT_RETURNS_MS {
        desk.alert_dismissed = false;
        gui.dirty = true;
        *since = None;
    }
}

/// The full-screen locker page hides the pointer over itself, as real
/// lockers do (CSS `cursor: none`); only inside the app's window, never the
/// real pointer outside it (see [`hide_pointer_over_page`]).
#[derive(Component)]
pub struct HidesPointer;

/// The browser's own dialogs over such a page show the pointer again.
#[derive(Component)]
pub struct PointerShows;

/// With a window: the pointer is hidden while it is over a page that hides
/// it and not over one of the browser's dialogs; shown again everywhere
/// else (the phone, other screens), and whenever the desk has something
/// over the page (Task Manager, the security screen, F1 help: the way out)
/// or the flag tool is in hand.
pub fn hide_pointer_over_page(
    pages: Query<&bevy::ui::RelativeCursorPosition, With<HidesPointer>>,
    dialogs: Query<&bevy::ui::RelativeCursorPosition, With<PointerShows>>,
    desk: Res<super::Desk>,
    mut cursor: Query<&mut bevy::window::CursorOptions, With<bevy::window::PrimaryWindow>>,
) {
    let hide = desk.overlay.is_none()
        && !desk.flag_tool
        && pages.iter().any(|r| r.cursor_over())
        && !dialogs.iter().any(|r| r.cursor_over());
    if let Ok(mut c) = cursor.single_mut()
        && c.visible == hide
    {
        c.visible = !hide;
    }
}

/// The locker taking the whole screen, taskbar included, with the
/// browser's own notice about leaving full screen.
pub fn locker_full_screen(screen: &mut ChildSpawnerCommands, pc: &Pc) {
    let th = pc.th();
    screen
        .spawn((
            Node {
                width: percent(100),
                flex_grow: 1.0,
                min_height: px(0),
                flex_direction: FlexDirection::Column,
                // A page longer than the screen scrolls (large text).
                overflow: Overflow::scroll_y(),
                direction: th.direction(),
                ..default()
            },
            HidesPointer,
            bevy::ui::RelativeCursorPosition::default(),
        ))
        .with_children(|s| locker_page(s, pc));
    // The browser's notice stays put while the page scrolls: a pill as wide
    // as its words (at most 60 % of the screen), its lines inside it.
    screen
        .spawn((
            Node {
                position_type: PositionType::Absolute,
                top: px(8),
                left: px(0),
                right: px(0),
                justify_content: JustifyContent::Center,
                direction: pc.th().direction(),
                ..default()
            },
            GlobalZIndex(4),
        ))
        .with_children(|row| {
            row.spawn((
                Node {
                    max_width: percent(60),
                    padding: UiRect::axes(px(14), px(6)),
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    border_radius: BorderRadius::all(px(16)),
                    direction: pc.th().direction(),
                    ..default()
                },
                BackgroundColor(Color::srgba(0.1, 0.1, 0.1, 0.85)),
            ))
            .with_children(|n| {
                n.spawn(th.label(pc.t("pc-hold-esc"), 14.0, Color::WHITE, false));
            });
        });
}
