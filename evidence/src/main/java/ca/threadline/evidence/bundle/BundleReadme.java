package ca.threadline.evidence.bundle;

/** The plain-language README inside every bundle: what it holds and how to check it by hand. */
final class BundleReadme {
  private BundleReadme() {}

  static String text(String caseName, String created, String operator, String software, String fingerprint, int items, int entries, boolean timestamped) {
    return """
        THREADLINE EVIDENCE BUNDLE
        ==========================

        Case:      %s
        Exported:  %s by %s with %s
        Contents:  %d evidence items, %d custody log entries

        This bundle lets anyone check, without Threadline and without trusting the person who
        made it, that the files below are exactly the ones Threadline recorded, that each was
        recorded in a tamper-evident custody log signed by the recording installation, and when
        (from an independent time-stamping authority, if one was configured).

        WHAT IS INSIDE

          originals/        the stored original files, as received: blobs/ (named by their SHA-256)
                            and warc/ (web captures as WARC.gz, ISO 28500)
          items/            each item that lives inside a container file (a web page inside a WARC,
                            an ad inside a JSON Lines file), extracted and named by its SHA-256
          manifest.json     every item: id, SHA-256, kind, source, capture time, size, file
          case-uco.jsonld   the same as CASE/UCO JSON-LD (investigative actions, provenance records)
          custody/entries/  this case's custody log entries, one file each, exact bytes
          custody/proofs/   a Merkle inclusion proof for each entry against a signed checkpoint
          custody/checkpoints/  signed checkpoints: NNN.txt (the signed text), NNN.sig (Ed25519
                            signature), NNN.tsr (RFC 3161 time-stamp response), NNN.json
          custody/consistency/  proofs that each earlier checkpoint is a prefix of the latest one
          keys/custody-ed25519.pub.pem   the installation's public key
          tsa/              the time-stamping authority's certificate (tsa-cert.pem) and the
                            certificate trusted for it (ca.pem)
          SHA256SUMS        the SHA-256 of every other file
          check-proofs.sh   checks the inclusion proofs with sh, sed, sha256sum, base64 and xxd

        HOW TO CHECK IT BY HAND (Linux or macOS; on Windows use WSL)

        Unpack the ZIP into an empty folder and run these commands in it.

        1. Every file is intact:

             sha256sum -c SHA256SUMS            (macOS: shasum -a 256 -c SHA256SUMS)

           Every line must end in "OK". Blobs are named by their SHA-256, so their names can be
           compared with the sums too.

        2. Every checkpoint was signed by the installation's key (OpenSSL 3.0 or later):

             for f in custody/checkpoints/*.txt; do
               openssl pkeyutl -verify -pubin -inkey keys/custody-ed25519.pub.pem \\
                 -rawin -in "$f" -sigfile "${f%%.txt}.sig"
             done

           Each must print "Signature Verified Successfully". The key's fingerprint is

             %s

           and can be recomputed with
             openssl pkey -pubin -in keys/custody-ed25519.pub.pem -outform DER | sha256sum
           Compare it with the fingerprint recorded when the installation was set up (case notes,
           disclosure letter): the key proves who signed only if it is the key you expect.

        3. %s

        4. Every custody entry is in the signed log: run

             sh check-proofs.sh

           Each proof must print "OK". A proof hashes the entry as an RFC 6962 leaf
           (SHA-256 of 0x00 followed by the entry's bytes) and combines it with the listed hashes
           (base64; SHA-256 of 0x01, left, right) up to the checkpoint's root (hex), following
           RFC 9162 §2.1.3.2.
           Each entry is proved against the checkpoint that first committed it (whose time-stamp
           dates it) and against the latest checkpoint.

        5. Each item is what its entry says: the entry (custody/entries/) of an item holds its id,
           SHA-256, size, kind, source and capture time; manifest.json says which file holds its
           bytes, and SHA256SUMS proves that file's hash.

        `threadline verify-bundle FILE.zip` does all of the above and more (it re-reads each web
        page from its original WARC record) on any machine.

        WHAT THIS PROVES, AND WHAT IT DOES NOT

        It proves that these bytes are the bytes Threadline stored, that the custody record of
        each was signed by this installation, that no entry was altered, removed or reordered
        afterwards, and (with time-stamps) that the record existed no later than the stamped time.
        It does not prove what a web server "really" meant to send, nor that the recording
        computer's own clock was right (the time-stamp bounds that). The capture's software,
        operator, User-Agent, addresses and TLS certificates are recorded in each capture's WARC
        metadata record and in its custody entry.
        """
        .formatted(
            caseName, created, operator, software, items, entries, fingerprint,
            timestamped
                ? """
                  Each time-stamp token was issued by the authority for exactly that checkpoint:

                       for f in custody/checkpoints/*.tsr; do
                         openssl ts -verify -in "$f" -data "${f%.tsr}.txt" \\
                           -CAfile tsa/ca.pem -untrusted tsa/tsa-cert.pem
                       done

                     Each must print "Verification: OK". To read the authority's time:
                       openssl ts -reply -in custody/checkpoints/NNN.tsr -text"""
                : "No time-stamping authority was configured: the checkpoints are signed but not time-stamped.");
  }
}
