package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {

	url := "{{baseUrl}}/blobs/upload.txt"
	method := "PUT"

	data, err := os.ReadFile("upload.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	payload := bytes.NewReader(data)

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("Content-Type", "application/octet-stream")

	res, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
}
