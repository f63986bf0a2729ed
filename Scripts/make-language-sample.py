#!/usr/bin/env python3
"""Assembles a language-identification test set from Django's translation catalogues.

Django (BSD-3-Clause, https://www.djangoproject.com) ships its interface messages translated into ~100
languages by its volunteer translators. The same English messages in every language make a parallel set,
independent of the Wikipedia text the profiles were counted from. Each sample joins consecutive
translated messages (placeholders and markup removed) until it holds at least MIN_CHARS characters.

Run: python3 Scripts/make-language-sample.py [MIN_CHARS] [PER_LANGUAGE] > sample.jsonl   (needs PyPI once)
"""
import glob, json, os, random, re, subprocess, sys, tempfile, zipfile

LANGUAGES = {"en": None, "de": "de", "es": "es", "fr": "fr", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl",
             "ru": "ru", "uk": "uk", "ar": "ar", "zh": "zh_Hans", "ja": "ja", "tr": "tr"}
MIN_CHARS = int(sys.argv[1]) if len(sys.argv) > 1 else 120
PER_LANGUAGE = int(sys.argv[2]) if len(sys.argv) > 2 else 60
VERSION = "5.2.19"

def messages(po_text, source):
    """msgstr (or msgid for the English source) of each entry, placeholders removed."""
    entries, current, field = [], {}, None
    for line in po_text.splitlines() + [""]:
        line = line.strip()
        if not line:
            if current: entries.append(current)
            current, field = {}, None
            continue
        m = re.match(r'(msgid|msgstr(?:\[0\])?|msgid_plural|msgctxt)\s+"(.*)"$', line)
        if m:
            field = m.group(1).replace("[0]", "")
            current[field] = json.loads('"' + m.group(2) + '"')
        elif line.startswith('"') and field:
            current[field] += json.loads(line)
    out = []
    for entry in entries:
        text = entry.get("msgid" if source else "msgstr", "")
        if not entry.get("msgid") or not text:
            continue
        text = re.sub(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>|&\w+;", " ", text)
        text = " ".join(text.split())
        if len(text) >= 12:
            out.append(text)
    return out

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, f"django=={VERSION}"],
                   check=True, stdout=subprocess.DEVNULL)
    wheel = zipfile.ZipFile(glob.glob(os.path.join(tmp, "*.whl"))[0])
    names = sorted(n for n in wheel.namelist() if n.endswith("LC_MESSAGES/django.po"))
    rng = random.Random(42)
    for lang, folder in LANGUAGES.items():
        # English is the catalogues' source language: its messages are the msgids of the German files.
        wanted = "/locale/%s/LC_MESSAGES/django.po" % (folder or "de")
        texts = []
        for name in names:
            if name.endswith(wanted):
                texts.extend(messages(wheel.read(name).decode("utf-8"), source=folder is None))
        samples, current = [], []
        for text in texts:
            current.append(text)
            if sum(len(t) for t in current) >= MIN_CHARS:
                samples.append(" ".join(current))
                current = []
        rng.shuffle(samples)
        for number, text in enumerate(sorted(samples[:PER_LANGUAGE])):
            print(json.dumps({"id": "%s-%03d" % (lang, number), "text": text, "lang": lang}, ensure_ascii=False))
