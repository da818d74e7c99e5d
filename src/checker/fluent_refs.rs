//! Walking Fluent patterns for the variables and messages they refer to.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

fn walk_inline<'s>(
    e: &InlineExpression<&'s str>,
    vars: &mut Vec<&'s str>,
    msgs: &mut Vec<&'s str>,
) {
    match e {
        InlineExpression::VariableReference { id } => vars.push(id.name),
        InlineExpression::MessageReference { id, .. } => msgs.push(id.name),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, vars, msgs);
            }
            for n in &arguments.named {
                walk_inline(&n.value, vars, msgs);
            }
        }
        InlineExpression::Placeable { expression } => walk_expr(expression, vars, msgs),
        _ => {}
    }
}

fn walk_expr<'s>(e: &Expression<&'s str>, vars: &mut Vec<&'s str>, msgs: &mut Vec<&'s str>) {
    match e {
        Expression::Inline(i) => walk_inline(i, vars, msgs),
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars, msgs);
            for v in variants {
                walk_pattern(&v.value, vars, msgs);
            }
        }
    }
}

fn walk_pattern<'s>(p: &Pattern<&'s str>, vars: &mut Vec<&'s str>, msgs: &mut Vec<&'s str>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expr(expression, vars, msgs);
        }
    }
}

/// `$variables` a pattern uses.
pub fn variable_references<'s>(p: &Pattern<&'s str>) -> Vec<&'s str> {
    let (mut v, mut m) = (Vec::new(), Vec::new());
    walk_pattern(p, &mut v, &mut m);
    v
}

/// Other messages a pattern refers to.
pub fn message_references<'s>(p: &Pattern<&'s str>) -> Vec<&'s str> {
    let (mut v, mut m) = (Vec::new(), Vec::new());
    walk_pattern(p, &mut v, &mut m);
    m
}
