const requestOptions = {
  method: "GET",
  headers: {
    "Authorization": "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{username}}:{{password}}")))
  }
};

fetch("{{baseUrl}}/me", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
