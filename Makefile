# Two commands for a fresh Debian 12 machine: `make run` and `make test`.
# Both install what is missing (apt-get; sudo when not root), configure and build incrementally.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
PACKAGES := cmake ninja-build g++ clang-format qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools \
            qt6-translations-l10n fonts-noto-core fonts-noto-cjk libgmime-3.0-dev pkg-config
# --- Packaging packages (validators etc.): see packaging/ ---
# help2man writes the man page and rsvg-convert the icon sizes at build time; dpkg-dev has
# dpkg-shlibdeps for `make package`; the install test runs the two validators.
PACKAGING_PACKAGES := help2man librsvg2-bin dpkg-dev desktop-file-utils appstream
# --- end of packaging packages ---
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build configure clean screenshots bench

run: build
	./$(BUILD_DIR)/smtp-codes $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

configure: deps
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

# $(call install_missing,PACKAGES): apt-get installs only the packages that are missing, and
# does nothing when all are there.
install_missing = missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing missing packages:" $$missing; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

deps:
	@$(call install_missing,$(PACKAGES) $(PACKAGING_PACKAGES))

clean:
	rm -rf $(BUILD_DIR)

# --- Sanitizers and fuzzing (clang) -------------------------------------------------------------
# `make sanitize`: the whole project and its tests under AddressSanitizer + UBSan (leaks included).
# `make fuzz`: the libFuzzer targets of tests/fuzz, each for FUZZ_SECONDS on a scratch copy of its
# seed corpus; a crash, leak or sanitizer report fails the target and leaves crash-* files there.
SANITIZE_DIR ?= build-sanitize
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := fuzz_catalogloader fuzz_commandline fuzz_explainer
FUZZ_RUN_DIR := tests/fuzz/corpus-run
SANITIZER_PACKAGES := clang libclang-rt-14-dev
SANITIZER_COMMON := -fno-omit-frame-pointer -fno-sanitize-recover=undefined -O1
SANITIZE_FLAGS := -fsanitize=address,undefined $(SANITIZER_COMMON)
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined $(SANITIZER_COMMON)
# Only third-party libraries are suppressed; see the comments in the file.
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1 \
                 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
                 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: sanitize fuzz deps-clang

deps-clang:
	@$(call install_missing,$(SANITIZER_PACKAGES))

sanitize: deps deps-clang
	cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
	    -DCMAKE_CXX_COMPILER=clang++ "-DCMAKE_CXX_FLAGS=$(SANITIZE_FLAGS)"
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && $(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen \
	    ctest --output-on-failure -j $(JOBS)

fuzz: deps deps-clang
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSMTPCODES_FUZZ=ON \
	    -DCMAKE_CXX_COMPILER=clang++ "-DCMAKE_CXX_FLAGS=$(FUZZ_FLAGS)"
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target $(FUZZ_TARGETS)
	@failed=; for t in $(FUZZ_TARGETS); do \
	    rm -rf $(FUZZ_RUN_DIR)/$$t/corpus && mkdir -p $(FUZZ_RUN_DIR)/$$t/corpus && \
	    cp tests/fuzz/corpus/$$t/* $(FUZZ_RUN_DIR)/$$t/corpus/ || exit 1; \
	    echo "== $$t: $(FUZZ_SECONDS) s"; \
	    $(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 ./$(FUZZ_DIR)/tests/fuzz/$$t \
	        -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 \
	        -dict=tests/fuzz/$$t.dict -artifact_prefix=$(FUZZ_RUN_DIR)/$$t/ \
	        $(FUZZ_RUN_DIR)/$$t/corpus || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then \
	    echo "fuzz: failed:$$failed (crash-*/leak-*/timeout-* inputs in $(FUZZ_RUN_DIR)/<target>/)"; \
	    exit 1; \
	fi

# The README's screenshots, made by the app itself on the offscreen platform.
screenshots: build
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/smtp-codes --lang en --screenshot docs/main.png 535
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/smtp-codes --lang en --screenshot docs/compare.png 211 535
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/smtp-codes --lang en --screenshot docs/enhanced.png 5.7.8
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/smtp-codes --lang en --screenshot docs/compare-enhanced.png 5.1.1 5.7.1
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/smtp-codes --lang en --screenshot docs/explain.png \
	    --explain tests/data/bounces/generated/postfix/multi.eml

# `make bench`: a Release build with the benchmarks, then one table of measured figures.
RELEASE_DIR ?= build-release

bench: deps
	cmake -S . -B $(RELEASE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DSMTPCODES_BENCH=ON
	cmake --build $(RELEASE_DIR) -j $(JOBS) --target bench
	./$(RELEASE_DIR)/tests/bench/bench

# --- Packaging targets: see packaging/ ---
# `make install`: the build installed under PREFIX (default /usr/local; root needed there, so
# `make build` first, then `sudo make install`). DESTDIR=/some/dir stages it there instead.
# `make package`: the Debian package smtp-codes_<version>_<arch>.deb in BUILD_DIR, path printed.
PREFIX ?= /usr/local

.PHONY: install package

install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)"

package: build
	cd $(BUILD_DIR) && cpack -G DEB
	@version=$$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' $(BUILD_DIR)/CMakeCache.txt); \
	deb=$$(realpath $(BUILD_DIR))/smtp-codes_$${version}_$$(dpkg --print-architecture).deb; \
	test -f "$$deb" && echo "Package: $$deb"
# --- end of packaging targets ---
