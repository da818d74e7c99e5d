#!/usr/bin/env bash
# Render a pack's spoken texts as robotic voices, one WAV per locale.
#
#   scripts/make-voices.sh PACK_DIR [MESSAGE_ID...]
#
# For each locales/<tag>.ftl of the pack and each message id (default: the
# `voice` message of every browser locker in scenario.ron), the message's text
# is spoken by espeak-ng in the locale's language with a robotic variant,
# converted by sox to 16 kHz mono 16-bit PCM, and written to
# media/<tag>/<id>.wav with media/<tag>/<id>.txt beside it (the exact source
# text and the commands that made the sound). The engine plays
# media/<tag>/<id>.wav for the first locale of the run's fallback chain that
# has one; see "Voices" in docs/AUTHORING.md.
#
# Only messages without placeables are voiced: a `{ $phone }` or a
# `{ $addr -> ... }` would be spoken with one value while the screen shows the
# run's own (seeded) value, so such a message is skipped with a note. Write the
# spoken text as its own message, without placeables.
#
# Needs espeak-ng and sox (apt-get install espeak-ng sox); the WAVs are
# committed, so nothing else (CI, the app) needs them.
set -euo pipefail

VARIANT="${VOICE_VARIANT:-robosoft}" # espeak-ng's robotic variant
SPEED="${VOICE_SPEED:-150}"          # words a minute

die() { echo "make-voices: $*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: $0 PACK_DIR [MESSAGE_ID...]"
pack="${1%/}"
shift
[ -f "$pack/scenario.ron" ] || die "$pack/scenario.ron not found (pass a pack folder)"
command -v espeak-ng >/dev/null || die "espeak-ng is not installed (apt-get install espeak-ng)"
command -v sox >/dev/null || die "sox is not installed (apt-get install sox)"

ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  # The lockers' voice messages: `voice: Some("id")` naming a message id (a
  # line's `voice` names a file, with a dot, and is left alone).
  mapfile -t ids < <(grep -o 'voice: *Some("[A-Za-z][A-Za-z0-9_-]*")' "$pack/scenario.ron" |
    sed 's/.*Some("\(.*\)")/\1/' | sort -u)
fi
[ ${#ids[@]} -gt 0 ] || die "no message ids given and no locker voice in $pack/scenario.ron"

# The espeak-ng voice for a locale tag (empty: none).
voice_for() {
  case "$1" in
    en-US) echo en-us ;;
    en-GB) echo en-gb ;;
    en*) echo en-us ;;
    he*) echo he ;;
    ar*) echo ar ;;
    es*) echo es ;;
    fr*) echo fr-fr ;;
    *) echo "" ;;
  esac
}

# The text of message $2 in the .ftl file $1: the value on the `id =` line and
# its indented continuation lines, joined by spaces. Exit 2 when not found.
message_text() {
  awk -v id="$2" '
    found && /^[ \t]+[^ \t]/ { sub(/^[ \t]+/, ""); text = (text == "" ? $0 : text " " $0); next }
    found { exit }
    $0 ~ "^" id "[ \t]*=" { found = 1; text = $0; sub(/^[^=]*=[ \t]*/, "", text); next }
    END { if (!found) exit 2; print text }
  ' "$1"
}

available=$(espeak-ng --voices | awk 'NR > 1 { print $2 }')
made=0
for ftl in "$pack"/locales/*.ftl; do
  tag=$(basename "$ftl" .ftl)
  ev=$(voice_for "$tag")
  if [ -z "$ev" ] || ! grep -qx "$ev" <<<"$available"; then
    echo "skip $tag: espeak-ng has no voice for it${ev:+ ($ev)}" >&2
    continue
  fi
  for id in "${ids[@]}"; do
    if ! text=$(message_text "$ftl" "$id"); then
      echo "skip $tag/$id: no message \"$id\" in $ftl" >&2
      continue
    fi
    if [[ "$text" == *"{"* || "$text" == *"}"* ]]; then
      echo "skip $tag/$id: the message has placeables ({ ... }); voice only plain text" >&2
      continue
    fi
    out="$pack/media/$tag"
    mkdir -p "$out"
    raw=$(mktemp --suffix=.wav)
    espeak_cmd=(espeak-ng -v "$ev+$VARIANT" -s "$SPEED" -w "$raw" -- "$text")
    sox_cmd=(sox "$raw" -r 16000 -c 1 -b 16 "$out/$id.wav" norm -3)
    "${espeak_cmd[@]}"
    "${sox_cmd[@]}"
    rm -f "$raw"
    {
      echo "$text"
      echo
      echo "# Source of $id.wav: the text above (message \"$id\" of locales/$tag.ftl),"
      echo "# spoken by $(espeak-ng --version | head -1 | sed "s/ *Data at.*//")"
      echo "# espeak-ng -v $ev+$VARIANT -s $SPEED -w RAW.wav -- \"<text>\""
      echo "# sox RAW.wav -r 16000 -c 1 -b 16 $id.wav norm -3"
      echo "# made by scripts/make-voices.sh"
    } >"$out/$id.txt"
    echo "wrote $out/$id.wav ($(wc -c <"$out/$id.wav") bytes)"
    made=$((made + 1))
  done
done
echo "$made voice file(s) written"
