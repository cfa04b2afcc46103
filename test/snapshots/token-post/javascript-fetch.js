const form = new URLSearchParams();
form.append("grant_type", "authorization_code");
form.append("code", "{{authCode}}");
form.append("redirect_uri", "https://example.com");
form.append("scope", "openid");
form.append("client_id", "{{dvPiFlowAppID}}");
form.append("code_verifier", "{{code_verifier}}");

const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  body: form
};

fetch("{{authPath}}/{{envID}}/as/token", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
