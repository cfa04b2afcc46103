package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {

	url := "{{baseUrl}}/dav/"
	method := "PROPFIND"

	payload := strings.NewReader(`<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`)

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("Depth", "1")
	req.Header.Add("Content-Type", "application/xml")

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
