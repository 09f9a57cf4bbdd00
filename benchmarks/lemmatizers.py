"""Polish lemmatisers compared: simplemma (chosen) and Morfeusz 2.

Quality: share of inflected forms mapped to their dictionary form, on pairs
written for this comparison (city-portal vocabulary: places, offices, people,
events). For Morfeusz, which returns every possible analysis, a form counts as
right when the first analysis is right ("first") and when any is ("any"); a
search index can only use one term per word position, so "first" is the fair
figure. Speed: lookups per second over the same forms, repeated.

Morfeusz 2 is not a dependency of Hejnał; to run this, install both into a
scratch environment:

    python3.11 -m venv /tmp/mvenv
    /tmp/mvenv/bin/pip install morfeusz2 simplemma==2.0.0
    /tmp/mvenv/bin/python benchmarks/lemmatizers.py
"""

import time

PAIRS = [
    ("Krakowie", "Kraków"),
    ("Krakowa", "Kraków"),
    ("Krakowem", "Kraków"),
    ("Warszawie", "Warszawa"),
    ("Norymbergą", "Norymberga"),
    ("Lwowa", "Lwów"),
    ("Kijowie", "Kijów"),
    ("Wilnem", "Wilno"),
    ("miast", "miasto"),
    ("miastach", "miasto"),
    ("miastem", "miasto"),
    ("partnerskich", "partnerski"),
    ("partnerskiego", "partnerski"),
    ("stypendystą", "stypendysta"),
    ("stypendystów", "stypendysta"),
    ("stypendiów", "stypendium"),
    ("stypendia", "stypendium"),
    ("żłobku", "żłobek"),
    ("żłobków", "żłobek"),
    ("konsulatu", "konsulat"),
    ("konsulatach", "konsulat"),
    ("konsula", "konsul"),
    ("konsulowie", "konsul"),
    ("ambasadzie", "ambasada"),
    ("ambasadorem", "ambasador"),
    ("delegacji", "delegacja"),
    ("delegacjami", "delegacja"),
    ("mieszkańców", "mieszkaniec"),
    ("mieszkańcom", "mieszkaniec"),
    ("cudzoziemców", "cudzoziemiec"),
    ("cudzoziemcom", "cudzoziemiec"),
    ("studentów", "student"),
    ("studentkami", "studentka"),
    ("uczelni", "uczelnia"),
    ("uczelniach", "uczelnia"),
    ("współpracy", "współpraca"),
    ("współpracą", "współpraca"),
    ("umowy", "umowa"),
    ("umowę", "umowa"),
    ("porozumieniu", "porozumienie"),
    ("święta", "święto"),
    ("świętem", "święto"),
    ("narodowego", "narodowy"),
    ("narodowych", "narodowy"),
    ("życzeniami", "życzenie"),
    ("jarmarku", "jarmark"),
    ("jarmarki", "jarmark"),
    ("biletów", "bilet"),
    ("biletem", "bilet"),
    ("tramwajach", "tramwaj"),
    ("muzeach", "muzeum"),
    ("muzeów", "muzeum"),
    ("zezwolenia", "zezwolenie"),
    ("pobytu", "pobyt"),
    ("wniosków", "wniosek"),
    ("wnioskiem", "wniosek"),
    ("urzędzie", "urząd"),
    ("urzędów", "urząd"),
    ("dzielnicy", "dzielnica"),
    ("koncertu", "koncert"),
    ("koncertami", "koncert"),
    ("orkiestry", "orkiestra"),
    ("burmistrzów", "burmistrz"),
    ("prezydentem", "prezydent"),
    ("konferencji", "konferencja"),
    ("krajów", "kraj"),
    ("krajach", "kraj"),
    ("maratonu", "maraton"),
    ("biegaczy", "biegacz"),
    ("ulicami", "ulica"),
    ("rynku", "rynek"),
    ("przyjechali", "przyjechać"),
    ("podpisały", "podpisać"),
    ("otworzy", "otworzyć"),
    ("zaprasza", "zapraszać"),
]
REPEAT = 200


def score(lemmatise):
    right = sum(lemmatise(form) == lemma for form, lemma in PAIRS)
    return right / len(PAIRS)


def speed(lemmatise):
    started = time.perf_counter()
    for _ in range(REPEAT):
        for form, _lemma in PAIRS:
            lemmatise(form)
    return REPEAT * len(PAIRS) / (time.perf_counter() - started)


def main():
    import simplemma

    started = time.perf_counter()
    simplemma.lemmatize("a", lang="pl")
    print(
        f"simplemma {simplemma.__version__}: load {time.perf_counter() - started:.2f} s"
    )

    def with_simplemma(form):
        return simplemma.lemmatize(form, lang="pl")

    print(f"  right {score(with_simplemma):.1%}, {speed(with_simplemma):,.0f} words/s")
    misses = [
        (f, with_simplemma(f)) for f, lemma in PAIRS if with_simplemma(f) != lemma
    ]
    print(f"  misses: {misses}")

    try:
        import morfeusz2
    except ImportError:
        print("morfeusz2 not installed: see the docstring")
        return
    started = time.perf_counter()
    morfeusz = morfeusz2.Morfeusz()
    print(f"Morfeusz 2: load {time.perf_counter() - started:.2f} s")

    def lemmas(form):
        return [analysis[2][1].split(":")[0] for analysis in morfeusz.analyse(form)]

    def first(form):
        return (lemmas(form) or [form])[0]

    any_right = sum(lemma in lemmas(form) for form, lemma in PAIRS) / len(PAIRS)
    print(f"  right (first analysis) {score(first):.1%}, any analysis {any_right:.1%}")
    print(f"  {speed(first):,.0f} words/s")


if __name__ == "__main__":
    main()
