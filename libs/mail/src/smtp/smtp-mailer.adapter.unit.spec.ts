import { transportOptionsOf } from './smtp-mailer.adapter';

const FROM = 'no-reply@city.example';

describe('reading SMTP_URL', () => {
  it('speaks TLS from the first byte on smtps://, on port 465 unless told', () => {
    expect(transportOptionsOf({ url: 'smtps://mail.city.example', from: FROM })).toMatchObject({
      host: 'mail.city.example',
      port: 465,
      secure: true,
    });
  });

  it('starts in the clear on smtp://, on port 587 unless told, without credentials unless given', () => {
    const options = transportOptionsOf({ url: 'smtp://[::1]:2525', from: FROM, timeoutMs: 2_000 });
    expect(options).toMatchObject({ host: '::1', port: 2525, secure: false, greetingTimeout: 2_000 });
    expect(options).not.toHaveProperty('auth');
    expect(transportOptionsOf({ url: 'smtp://mail.city.example', from: FROM }).port).toBe(587);
  });

  it('decodes a percent-encoded user and password', () => {
    expect(
      transportOptionsOf({ url: 'smtp://town%40hall:p%40ss%3Aw%C3%B6rd@mail.city.example', from: FROM }),
    ).toMatchObject({ auth: { user: 'town@hall', pass: 'p@ss:wörd' } });
  });
});
