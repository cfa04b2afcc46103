var settings = {
  "url": "{{authPath}}/{{envID}}/as/token",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  "data": {
    "grant_type": "authorization_code",
    "code": "{{authCode}}",
    "redirect_uri": "https://example.com",
    "scope": "openid",
    "client_id": "{{dvPiFlowAppID}}",
    "code_verifier": "{{code_verifier}}"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
