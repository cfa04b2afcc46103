const form = new URLSearchParams();
form.append("grant_type", "authorization_code");
form.append("code", "{{authCode}}");
form.append("redirect_uri", "https://example.com");
form.append("scope", "openid");
form.append("client_id", "{{dvPiFlowAppID}}");
form.append("code_verifier", "{{code_verifier}}");

const config = {
  method: "POST",
  url: "{{authPath}}/{{envID}}/as/token",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
