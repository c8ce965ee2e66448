#!/bin/sh
# Checks every Merkle inclusion proof in this bundle with sh, sed, sha256sum, base64 and xxd only
# (no Threadline needed). Proof hashes are base64, checkpoint roots hex. Algorithm: RFC 9162 section 2.1.3.2, with RFC 6962 hashing:
#   leaf hash = SHA-256(0x00 || entry bytes), node hash = SHA-256(0x01 || left || right).
# Each proof says which entry it proves, at which leaf index, against which signed checkpoint.
# Prints one line per proof; exits 1 if any fails.
set -u
cd "$(dirname "$0")" || exit 2
node() { { printf '\001'; printf '%s%s' "$1" "$2" | xxd -r -p; } | sha256sum | cut -d' ' -f1; }
fail=0
for p in custody/proofs/*.txt; do
  [ -e "$p" ] || continue
  seq=$(sed -n 's/^entry //p' "$p")
  idx=$(sed -n 's/^leaf-index //p' "$p")
  cp=$(sed -n 's/^checkpoint //p' "$p")
  size=$(sed -n 's/^tree-size //p' "$p")
  entry=custody/entries/$(printf '%08d' "$seq").json
  cptxt=custody/checkpoints/$(printf '%08d' "$cp").txt
  root=$(sed -n 's/^root //p' "$cptxt")
  cpsize=$(sed -n 's/^size //p' "$cptxt")
  r=$({ printf '\000'; cat "$entry"; } | sha256sum | cut -d' ' -f1)
  fn=$idx
  sn=$((size - 1))
  ok=1
  for b in $(sed -n '/^path$/,$p' "$p" | sed 1d); do
    h=$(printf '%s' "$b" | base64 -d | xxd -p -c 32)
    if [ "$sn" -eq 0 ]; then ok=0; break; fi
    if [ $((fn & 1)) -eq 1 ] || [ "$fn" -eq "$sn" ]; then
      r=$(node "$h" "$r")
      if [ $((fn & 1)) -eq 0 ]; then
        while [ $((fn & 1)) -eq 0 ] && [ "$fn" -ne 0 ]; do fn=$((fn >> 1)); sn=$((sn >> 1)); done
      fi
    else
      r=$(node "$r" "$h")
    fi
    fn=$((fn >> 1))
    sn=$((sn >> 1))
  done
  if [ "$ok" -eq 1 ] && [ "$sn" -eq 0 ] && [ "$r" = "$root" ] && [ "$size" = "$cpsize" ]; then
    echo "$p: OK"
  else
    echo "$p: FAILED"
    fail=1
  fi
done
exit $fail
