const requestOptions = {
  method: "POST"
};

fetch("{{baseUrl}}/jobs/42/run", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
