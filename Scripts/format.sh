#!/usr/bin/env bash
# Formats the Swift sources in place with the repository's .swift-format, then lints them.
set -euo pipefail

cd "$(dirname "$0")/.."
swift format --in-place --recursive Sources Tests Plugins Package.swift
swift format lint --strict --recursive Sources Tests Plugins Package.swift
