const requestOptions = {
  method: "PUT",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes"
  },
  body: ""
};

fetch("{{baseUrl}}/settings", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
