/**
 * Where a site build leaves its state for the next one (site/integrations/incremental/):
 * beside the build's folder, never inside it, since it is not part of the public site.
 * The pipeline moves and prunes it with its build.
 */
export const stateFile = (distDir: string) => `${distDir.replace(/\/+$/, '')}.state.json`
