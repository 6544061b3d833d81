import { defineConfig } from "@playwright/test"

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  retries: process.env.CI ? 1 : 0
})
