# Two commands for a fresh Debian 12 machine: `make run` and `make test`.
# Both install what is missing (apt-get; sudo when not root), configure and build incrementally.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
PACKAGES := cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools \
            qt6-translations-l10n fonts-noto-core fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build configure clean screenshots

run: build
	./$(BUILD_DIR)/smtp-codes $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

configure: deps
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

# Installs only the packages that are missing; does nothing when all are there.
deps:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing missing packages:" $$missing; \
	    $(SUDO) apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf $(BUILD_DIR)

# The README's screenshots, made by the app itself on the offscreen platform.
screenshots: build
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/smtp-codes --lang en --screenshot docs/main.png 535
	QT_QPA_PLATFORM=offscreen ./$(BUILD_DIR)/smtp-codes --lang en --screenshot docs/compare.png 211 535
