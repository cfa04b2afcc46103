import { perlRunner } from '../perl.js';

/** LWP loads its http protocol module when it first sends; the multipart snippets use HTTP::Request::Common. */
export const runner = perlRunner('LWP::UserAgent', 'libwww-perl', ['LWP::Protocol::http', 'HTTP::Request::Common']);
