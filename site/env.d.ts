// Types for import.meta.glob, image imports and .astro modules in site/ code.
/// <reference types="astro/client" />
