# NewsGraph — the two commands a new user needs are `make demo` and `make test`.
# Both install what is missing (Graphviz's C library and CLI) first.

SWIFT   ?= swift
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/newsgraph
ARTICLE := Examples/articles/niger-russia.txt
SHARED  ?= ../shared

.PHONY: deps test-deps build demo test graphs gallery model bench viewer-bench spark-bench native-bench carb recall recall-heldout fuzz clean

## deps: install libgraphviz-dev, graphviz, zlib1g-dev (for .gz inputs) and pkg-config through apt-get when missing
deps:
	@if ! pkg-config --exists libgvc zlib 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
		echo "Installing Graphviz and zlib (libgraphviz-dev, graphviz, zlib1g-dev, pkg-config) with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev graphviz zlib1g-dev pkg-config >/dev/null; \
	fi

## test-deps: what the test suite needs beyond deps: Python readers for the conformance
## checks (networkx, rdflib), PySpark for the Spark job test (it needs Java 17) and headless
## Chromium for the HTML viewer test
test-deps: deps
	@python3 -c "import networkx, rdflib" 2>/dev/null || { \
		echo "Installing networkx and rdflib with pip"; \
		python3 -m pip install --quiet networkx rdflib; }
	@python3 -c "import pyspark" 2>/dev/null || { \
		echo "Installing pyspark with pip"; \
		python3 -m pip install --quiet pyspark; }
	@command -v java >/dev/null 2>&1 || { \
		echo "Installing a Java runtime for Spark with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
		echo "Installing headless Chromium with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; \
	fi

## build: release build of the newsgraph CLI
build: deps
	$(SWIFT) build -c release --product newsgraph

## demo: extract triples from the bundled article and draw its graph into graphs/
demo: build
	$(RELEASE) extract $(ARTICLE)
	$(RELEASE) build $(ARTICLE) -o graphs/niger-russia.svg
	@echo "Wrote graphs/niger-russia.svg"

## test: the whole test suite (CI runs exactly this): the Python checks (CaRB scorer; the Spark job,
## which runs the debug binary the test build makes), then XCTest; Swift Testing's empty run is
## switched off so XCTest's summary is the last line
test: test-deps
	python3 -m unittest discover -s Benchmarks/carb -p 'test_*.py'
	$(SWIFT) build --build-tests
	python3 -m unittest discover -s Scripts/spark -p 'test_*.py'
	$(SWIFT) test --skip-build --disable-swift-testing

## graphs: regenerate the committed example outputs (graph files, diagrams, a focus view, a path view, the HTML viewer)
graphs: build
	$(RELEASE) build $(ARTICLE) -o graphs/niger-russia.json
	$(RELEASE) build $(ARTICLE) -o graphs/niger-russia.dot
	$(RELEASE) render -g graphs/niger-russia.json -o graphs/niger-russia.svg
	$(RELEASE) render -g graphs/niger-russia.json -o graphs/niger-russia.png
	$(RELEASE) render -g graphs/niger-russia.json -o graphs/niger-russia.html
	$(RELEASE) render -g graphs/niger-russia.json -o graphs/niger-russia-focus-niger.svg --focus Niger --depth 1
	$(RELEASE) path Mali Russia -g graphs/niger-russia.json -o graphs/niger-russia-path.svg

## gallery: a corpus graph from $(SHARED)/data/news/bbc/politics, drawn into $(GALLERY) (not committed)
GALLERY ?= .build/gallery
BBC     := $(SHARED)/data/news/bbc/politics
gallery: build
	@test -d $(BBC) || { echo "make gallery needs $(BBC)"; exit 1; }
	$(RELEASE) build $(BBC) -o $(GALLERY)/bbc-politics.json
	$(RELEASE) render -g $(GALLERY)/bbc-politics.json -o $(GALLERY)/bbc-politics.html
	$(RELEASE) render -g $(GALLERY)/bbc-politics.json -o $(GALLERY)/bbc-politics.svg
	$(RELEASE) render -g $(GALLERY)/bbc-politics.json -o $(GALLERY)/bbc-politics-repeated.svg --min-count 2
	$(RELEASE) render -g $(GALLERY)/bbc-politics.json -o $(GALLERY)/bbc-politics-top40.svg --top 40
	$(RELEASE) render -g $(GALLERY)/bbc-politics.json -o $(GALLERY)/bbc-politics-conflict.svg --relation demand --relation sanction --relation coerce
	$(RELEASE) render -g $(GALLERY)/bbc-politics.json -o $(GALLERY)/bbc-politics-focus-blair.svg --focus "Tony Blair" --top 30
	@echo "Wrote the gallery into $(GALLERY)/"

## model: retrain the shipped tagger/lemmatizer/parser from UD EWT in ../shared
model: build
	@test -d $(SHARED)/data/ud/en_ewt || { echo "make model needs $(SHARED)/data/ud/en_ewt"; exit 1; }
	$(RELEASE) model train --treebank $(SHARED)/data/ud/en_ewt --output Sources/NLP/Resources/english.ngmodel
	$(SWIFT) build -c release --product newsgraph
	$(RELEASE) model evaluate $(SHARED)/data/ud/en_ewt/en_ewt-ud-test.conllu

## carb: Open IE evaluation on CaRB dev (needs ../shared)
carb: build
	bash Benchmarks/carb/run.sh

## spark-bench: the BBC corpus through the Spark job (local mode) versus newsgraph build (needs ../shared, pyspark)
spark-bench: build
	bash Benchmarks/spark/run.sh

## recall: required recall and precision of extract against the BBC dev gold in $(SHARED)/gold/bbc-dev
## (skips when $(SHARED) is absent; SHOW=1 prints the scorer's found/missed/extra rows)
recall: build
	SHARED=$(SHARED) bash Benchmarks/recall/run.sh --no-build $(if $(SHOW),--show)

## recall-heldout: the same on the ten held-out articles of Benchmarks/recall/heldout (gold kept in the repo,
## texts read from $(SHARED)/data/news/bbc); never tune rules on them
recall-heldout: build
	SHARED=$(SHARED) bash Benchmarks/recall/run.sh --no-build --gold Benchmarks/recall/heldout $(if $(SHOW),--show)

## viewer-bench: the HTML viewer of the whole BBC corpus graph: its size and its load time in headless Chromium (needs ../shared, chromium)
viewer-bench: build
	bash Benchmarks/viewer/run.sh

## native-bench: the native .ngraph file against JSON on 1M generated triples and the BBC corpus graph,
## beside networkx reading the GraphML export (issue 17; files kept in /tmp/newsgraph-native-bench)
native-bench: build
	SHARED=$(SHARED) bash Benchmarks/native/run.sh --no-build

## bench: speed benchmarks (need ../shared for corpora)
bench: build
	@if [ -x Benchmarks/run.sh ]; then bash Benchmarks/run.sh; else echo "no benchmarks yet"; fi

## fuzz: build the libFuzzer targets in Fuzz/ (with AddressSanitizer) and run each for FUZZ_SECONDS
## on its seed corpus; new inputs go to Fuzz/.build/corpus, crashes to Fuzz/.build/crashes
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= tokenizer extractor dot json
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p Fuzz/.build/corpus/$$target Fuzz/.build/crashes; \
		echo "fuzz-$$target: $(FUZZ_SECONDS) s"; \
		Fuzz/.build/release/fuzz-$$target -max_total_time=$(FUZZ_SECONDS) -timeout=30 -max_len=8192 \
			-artifact_prefix=Fuzz/.build/crashes/$$target- Fuzz/.build/corpus/$$target Fuzz/corpus/$$target || exit 1; \
	done

clean:
	rm -rf .build
