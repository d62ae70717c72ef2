//! Keeps `spec/overlay.yaml` current: takes out the actions a new upstream spec already
//! satisfies, editing the file's text so that its comments, its other actions and their
//! layout stay exactly as a maintainer wrote them.

use std::ops::Range;

use crate::overlay::Overlay;
use crate::prepare;

/// The overlay's text without the actions at `drop` (indices in the overlay's order).
///
/// An action's text runs from the comment and blank lines above its `- ` line to its last
/// line of content; only block-style `actions:` lists are edited. The result is read back and
/// must be the same overlay less those actions, or nothing is returned but the reason.
pub fn without_actions(text: &str, drop: &[usize]) -> Result<String, String> {
    let before = read(text)?;
    let spans = action_spans(text)?;
    if spans.len() != before.actions.len() {
        return Err(format!(
            "found {} action items in the text but the overlay has {} actions",
            spans.len(),
            before.actions.len()
        ));
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (i, span) in spans.iter().enumerate() {
        if drop.contains(&i) {
            out.push_str(&text[at..span.start]);
            at = span.end;
        }
    }
    out.push_str(&text[at..]);
    if (0..spans.len()).all(|i| drop.contains(&i)) && !spans.is_empty() {
        // An empty block list would read as no list at all.
        out = out.replacen("\nactions:", "\nactions: []", 1);
    }

    let mut expected = before;
    expected.actions = (expected.actions.into_iter().enumerate())
        .filter(|(i, _)| !drop.contains(i))
        .map(|(_, action)| action)
        .collect();
    if read(&out)? != expected {
        return Err("taking the actions out of the text changed other actions".into());
    }
    Ok(out)
}

fn read(text: &str) -> Result<Overlay, String> {
    prepare::parse_overlay(text).map_err(|e| e.to_string())
}

/// The byte ranges of the items of the top-level `actions:` list, in order.
fn action_spans(text: &str) -> Result<Vec<Range<usize>>, String> {
    // (start offset, line) for every line, the line without its end.
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        lines.push((offset, line.trim_end_matches(['\n', '\r'])));
        offset += line.len();
    }
    let is_top_level = |line: &str| {
        !line.is_empty() && !line.starts_with([' ', '\t', '#']) && !line.starts_with("---")
    };
    let header = lines
        .iter()
        .position(|(_, line)| line.starts_with("actions:"))
        .ok_or("the overlay has no top-level `actions:` key")?;
    let rest = lines[header].1["actions:".len()..].trim();
    if !(rest.is_empty() || rest.starts_with('#')) {
        return Err("`actions:` is not a block list; edit spec/overlay.yaml by hand".into());
    }
    let end = lines[header + 1..]
        .iter()
        .position(|(_, line)| is_top_level(line))
        .map_or(lines.len(), |i| header + 1 + i);
    let block = &lines[header + 1..end];

    // The items' indentation: that of the first line that is neither blank nor a comment.
    let indent = block
        .iter()
        .map(|(_, line)| *line)
        .find(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|line| line.len() - line.trim_start_matches(' ').len());
    let Some(indent) = indent else {
        return Ok(Vec::new());
    };
    let is_item = |line: &str| {
        line.len() > indent
            && line[..indent].bytes().all(|b| b == b' ')
            && (line[indent..].starts_with("- ") || &line[indent..] == "-")
    };

    let is_content = |line: &str| !line.trim().is_empty() && !line.trim_start().starts_with('#');
    // Each item: its `- ` line, and above it the comment and blank lines that lead to it.
    let mut leads = Vec::new();
    let mut items = Vec::new();
    for (i, (_, line)) in block.iter().enumerate() {
        if is_item(line) {
            let mut lead = i;
            while lead > 0 && !is_content(block[lead - 1].1) {
                lead -= 1;
            }
            leads.push(lead);
            items.push(i);
        }
    }
    let line_end = |i: usize| {
        block.get(i + 1).map_or_else(
            || lines.get(end).map_or(text.len(), |(o, _)| *o),
            |(o, _)| *o,
        )
    };
    Ok(items
        .iter()
        .enumerate()
        .map(|(n, &item)| {
            // …down to its last line of content: what follows leads to the next item, or
            // closes the list.
            let limit = leads.get(n + 1).copied().unwrap_or(block.len());
            let last = (item..limit)
                .rev()
                .find(|&i| is_content(block[i].1))
                .unwrap_or(item);
            block[leads[n]].0..line_end(last)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const OVERLAY: &str = "\
# Our changes.
#
# Kept: this comment.
overlay: 1.0.0
info:
  title: t
  version: 1.0.0
actions:
  # The first one, about A.
  - target: $.a
    description: >-
      First: A.
    update:
      x: 1
  - target: $.b
    description: Second.
    remove: true

  # The third, about C.
  - target: $.c
    update: {y: 2}
# A trailing note.
";

    #[test]
    fn the_middle_action_goes_and_everything_else_stays() {
        let out = without_actions(OVERLAY, &[1]).unwrap();
        assert_eq!(
            out,
            OVERLAY.replace(
                "  - target: $.b\n    description: Second.\n    remove: true\n",
                ""
            )
        );
    }

    #[test]
    fn an_action_takes_its_own_comment_with_it() {
        let out = without_actions(OVERLAY, &[0, 2]).unwrap();
        assert_eq!(
            out,
            "# Our changes.\n#\n# Kept: this comment.\noverlay: 1.0.0\ninfo:\n  title: t\n  \
             version: 1.0.0\nactions:\n  - target: $.b\n    description: Second.\n    \
             remove: true\n# A trailing note.\n"
        );
    }

    #[test]
    fn the_last_action_can_go_leaving_an_empty_list() {
        let all = without_actions(OVERLAY, &[0, 1, 2]).unwrap();
        assert!(all.ends_with("actions: []\n# A trailing note.\n"), "{all}");
        assert!(read(&all).unwrap().actions.is_empty());
    }

    #[test]
    fn nothing_to_drop_is_the_text_unchanged() {
        assert_eq!(without_actions(OVERLAY, &[]).unwrap(), OVERLAY);
    }

    #[test]
    fn the_real_overlay_loses_exactly_one_action() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/overlay.yaml"))
                .unwrap();
        let overlay = read(&text).unwrap();
        for i in 0..overlay.actions.len() {
            let out = without_actions(&text, &[i]).unwrap();
            let after = read(&out).unwrap();
            assert_eq!(after.actions.len(), overlay.actions.len() - 1);
            assert!(!after.actions.contains(&overlay.actions[i]));
            // The header comments are kept.
            assert_eq!(out.lines().next(), text.lines().next());
        }
    }

    #[test]
    fn a_flow_list_is_refused() {
        let text = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.a, remove: true}]\n";
        assert!(
            without_actions(text, &[0])
                .unwrap_err()
                .contains("block list")
        );
    }
}
