const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "Authorization": "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{basicAuthUsername}}:{{basicAuthPassword}}")))
  },
  body: '{"name": "{{petName}}", "tag": "dog"}'
};

fetch("{{baseUrl}}/pets", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
