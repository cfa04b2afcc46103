const form = new URLSearchParams();
form.append("grant_type", "authorization_code");
form.append("code", "{{authCode}}");
form.append("redirect_uri", "https://example.com");
form.append("scope", "openid");
form.append("client_id", "{{dvPiFlowAppID}}");
form.append("code_verifier", "{{code_verifier}}");

const xhr = new XMLHttpRequest();
xhr.open("POST", "{{authPath}}/{{envID}}/as/token");
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(form);
