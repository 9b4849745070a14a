// The scripts view's remote addresses: typed per peer, kept in the link, written into the
// firewall scripts; a token that is not an address is named and never reaches the link or a script.
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const MAILBOX = 'Mailbox (-MailboxServers / MAILBOX_SERVERS)';
const HUB = 'Hub Transport (-HubTransportServers / HUB_TRANSPORT_SERVERS)';
const ANY = 'Open rules whose peers have no address to any address (a warning is printed for each)';

test('addresses typed per peer go to the link and into the scripts; refused tokens do not', async ({
  page,
}) => {
  await page.goto('./?view=scripts&role=mailbox&dir=in&lang=en');
  const script = page.getByTestId('script-text');
  await expect(script).toContainText('set "MAILBOX_SERVERS="');
  const form = page.getByRole('group', { name: 'Remote addresses of each peer' });
  await expect(form).toContainText(/0 of \d+ rules have addresses; \d+ will be skipped\./);

  // Written on blur, not while typing.
  const mailbox = page.getByLabel(MAILBOX);
  await mailbox.fill('10.0.1.10, 10.0.1.11');
  await expect(page).not.toHaveURL(/addr-mailbox/);
  await mailbox.blur();
  await expect(page).toHaveURL(/addr-mailbox=10\.0\.1\.10(%2C|,)10\.0\.1\.11/);
  await expect(script).toContainText('set "MAILBOX_SERVERS=10.0.1.10,10.0.1.11"');
  await expect(mailbox).not.toHaveAttribute('aria-invalid');

  // Written on Enter; the refused token is named beside the input, in the description.
  const hub = page.getByLabel(HUB);
  await hub.fill('10.0.1.12 evil&calc');
  await hub.press('Enter');
  await expect(page).toHaveURL(/addr-hub=10\.0\.1\.12(&|$)/);
  await expect(hub).toHaveAttribute('aria-invalid', 'true');
  await expect(hub).toHaveAccessibleDescription(/evil&calc/);
  await expect(form.getByText(/left out of the link and the script: evil&calc$/)).toBeVisible();
  await expect(hub).toHaveValue('10.0.1.12 evil&calc');
  await expect(script).toContainText('set "HUB_TRANSPORT_SERVERS=10.0.1.12"');
  expect(page.url()).not.toContain('evil');
  expect(await script.textContent()).not.toContain('evil');

  await page
    .getByRole('radio', {
      name: 'Windows Server 2012 / 2012 R2 or Group Policy: PowerShell (New-NetFirewallRule)',
    })
    .check();
  await expect(page).toHaveURL(/script=powershell/);
  await expect(script).toContainText("[string[]]$MailboxServers = @('10.0.1.10', '10.0.1.11')");
  await expect(script).toContainText("[string[]]$HubTransportServers = @('10.0.1.12')");
  expect(await script.textContent()).not.toContain('evil');
  // The form keeps what was typed across the change of script.
  await expect(mailbox).toHaveValue('10.0.1.10, 10.0.1.11');

  // Emptying an input takes its key out of the link.
  await mailbox.fill('');
  await mailbox.press('Enter');
  await expect(page).not.toHaveURL(/addr-mailbox/);
  await expect(script).toContainText('[string[]]$MailboxServers = @()');
  // Another input's text, refused token and all, stays as typed.
  await expect(hub).toHaveValue('10.0.1.12 evil&calc');
  await expect(hub).toHaveAttribute('aria-invalid', 'true');

  // Connectivity checks use no addresses: no form.
  await page.getByRole('radio', { name: 'Connectivity check: TCP (PowerShell 2.0)' }).check();
  await expect(page.getByTestId('script-text')).toBeVisible();
  await expect(form).toHaveCount(0);
});

test('a linked address list fills the form, its bad token is named, and any-address is a box', async ({
  page,
}) => {
  await page.goto('./?view=scripts&role=mailbox&dir=in&addr-hub=10.0.2.0/24,bad&lang=en');
  await expect(
    page.getByRole('status').filter({ hasText: 'addr-hub=10.0.2.0/24,bad' }),
  ).toContainText('only IP addresses');
  await expect(page.getByLabel(HUB)).toHaveValue('10.0.2.0/24');
  const script = page.getByTestId('script-text');
  await expect(script).toContainText('set "HUB_TRANSPORT_SERVERS=10.0.2.0/24"');
  await expect(script).toContainText('set "ANY_ADDRESS="');
  expect(await script.textContent()).not.toContain('bad');

  await page.getByLabel(ANY).check();
  await expect(page).toHaveURL(/anyaddr=1/);
  await expect(script).toContainText('set "ANY_ADDRESS=1"');
  await expect(page.getByRole('group', { name: 'Remote addresses of each peer' })).toContainText(
    /will be open to any address, with a warning\./,
  );

  // Another link (another role) shows its own addresses.
  await page.goto('./?view=scripts&role=hub&dir=in&addr-mailbox=10.0.3.1&lang=en');
  await expect(page.getByLabel(MAILBOX)).toHaveValue('10.0.3.1');
  await expect(page.getByLabel(HUB)).toHaveValue('');
  await expect(page.getByLabel(ANY)).not.toBeChecked();
});

test('the inputs follow the link when it changes under them (another role, back)', async ({
  page,
}) => {
  await page.goto('./?view=scripts&role=mailbox&dir=in&addr-mailbox=10.0.1.10,10.0.1.11&lang=en');
  const mailbox = page.getByLabel(MAILBOX);
  await expect(mailbox).toHaveValue('10.0.1.10, 10.0.1.11');
  // The addresses travel to another role (its inbound rules also have mailbox peers).
  await page
    .getByRole('navigation', { name: 'Role' })
    .getByRole('link', { name: 'Hub Transport' })
    .click();
  await expect(page).toHaveURL(/role=hub/);
  await expect(mailbox).toHaveValue('10.0.1.10, 10.0.1.11');
  await mailbox.fill('10.0.9.9');
  await mailbox.press('Enter');
  await expect(page).toHaveURL(/addr-mailbox=10\.0\.9\.9(&|$)/);
  await expect(page.getByTestId('script-text')).toContainText('set "MAILBOX_SERVERS=10.0.9.9"');
  await page.goBack();
  await expect(page).toHaveURL(/role=mailbox/);
  await expect(mailbox).toHaveValue('10.0.1.10, 10.0.1.11');
  await expect(page.getByTestId('script-text')).toContainText(
    'set "MAILBOX_SERVERS=10.0.1.10,10.0.1.11"',
  );
});

const AXE_RUNS = [
  ['en', 'light'],
  ['ja', 'light'],
  ['en', 'dark'],
] as const;

for (const [lang, colorScheme] of AXE_RUNS) {
  test(`axe finds no violations on the address form with a refused token (${lang}, ${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(
      `./?view=scripts&role=mailbox&dir=in&addr-mailbox=10.0.1.10,10.0.1.11&addr-hub=10.0.2.0/24,bad&anyaddr=1&lang=${lang}`,
    );
    await page.getByTestId('script-text').waitFor();
    const hub = page.locator('#peer-hub');
    await hub.fill('10.0.1.12 evil&calc');
    await hub.press('Enter');
    await expect(hub).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });
}
