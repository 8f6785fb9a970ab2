# Judge packets from a quiz dump (scripts/quizDump.ts): python3 prep.py QUIZ.jsonl OUTDIR SEED
# A = every question (5 at most, random.Random(file).sample) of the fixed 20 development texts (files 21-40 of the
# random.Random(20261204) shuffle); B, C = 80 questions drawn by random.Random(SEED) from the other 80 texts, split 40/40.
import json, random, sys, glob, os
quiz, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
news = '/work/shared/eval/news'
files = sorted(os.path.basename(f) for f in glob.glob(news + '/*.txt'))
sh = list(files); random.Random(20261204).shuffle(sh); fixed = set(sh[20:40])
qs = [json.loads(l) for l in open(quiz) if l.strip()]
os.makedirs(out, exist_ok=True)
def packet(name, chosen):
    by = {}
    for q in chosen: by.setdefault(q['file'], []).append(q)
    parts = []
    for f in sorted(by):
        text = open(os.path.join(news, f), encoding='utf-8').read()
        parts.append(f'# Article {f}\n\n{text.strip()}\n\n## Questions on {f}\n')
        for q in by[f]:
            slim = {k: q.get(k) for k in ('id', 'type', 'prompt', 'options', 'answer')}
            slim['file'] = f
            slim['evidence'] = ' '.join(e['text'] for e in q.get('evidence', []))
            parts.append('```json\n' + json.dumps(slim, ensure_ascii=False, indent=1) + '\n```\n')
    open(os.path.join(out, name + '.md'), 'w', encoding='utf-8').write('\n'.join(parts))
    print(name, len(chosen), 'questions,', len(by), 'articles')
a = []
for f in sorted(fixed):
    mine = [q for q in qs if q['file'] == f]
    a += mine if len(mine) <= 5 else random.Random(f).sample(mine, 5)
packet('A', a)
rest = [q for q in qs if q['file'] not in fixed]
draw = random.Random(seed).sample(rest, min(80, len(rest)))
packet('B', draw[:40]); packet('C', draw[40:])
